import { RefObject, useEffect, useRef, useState } from 'react';
import { cameraProblem, type CameraProblem } from './camera-problem';
import { bestDecoder, readFrame } from './decoders';
import type { FrameRead } from './reading';

/** How often a frame is decoded: quick enough for a clerk, light on a phone's battery. */
const FRAME_INTERVAL_MS = 250;

/**
 * Starts the rear camera (where there is one) into the video element, decodes a frame every
 * quarter second and reports each read; stops the camera when the view closes.
 */
export function useCameraReader(
  video: RefObject<HTMLVideoElement | null>,
  onRead: (read: FrameRead) => void,
): CameraProblem | 'unavailable' | undefined {
  const [problem, setProblem] = useState<CameraProblem | 'unavailable'>();
  // Each read goes to the latest handler (the clerk may change the event with the view open).
  const handler = useRef(onRead);
  useEffect(() => {
    handler.current = onRead;
  }, [onRead]);
  useEffect(() => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('unavailable');
      return;
    }
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const canvas = document.createElement('canvas');
    const start = async () => {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
      if (closed) return stream.getTracks().forEach((track) => track.stop());
      const element = video.current;
      if (!element) return;
      element.srcObject = stream;
      await element.play();
      const decode = await bestDecoder();
      const tick = async () => {
        const frame = grab(element, canvas);
        if (frame && !closed) handler.current(await readFrame(decode, frame));
        if (!closed) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      await tick();
    };
    start().catch((error: unknown) => !closed && setProblem(cameraProblem(error)));
    return () => {
      closed = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [video]);
  return problem;
}

function grab(video: HTMLVideoElement, canvas: HTMLCanvasElement): ImageData | undefined {
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) return undefined;
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context?.drawImage(video, 0, 0, width, height);
  return context?.getImageData(0, 0, width, height);
}
