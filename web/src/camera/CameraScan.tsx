import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { FrameRead } from './reading';
import { useCameraReader } from './useCameraReader';

/**
 * "Scan with camera" for a device without a USB scanner: opens the camera view and hands each
 * code whose check digit is right to `onCode`, the path a USB scan takes. A misread is told,
 * never handed over; the same code held in view is handed over once.
 */
export function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="camera-scan">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('camera.close') : t('camera.open')}
      </button>
      {open && <CameraView onCode={onCode} />}
    </div>
  );
}

function CameraView({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [last, setLast] = useState<FrameRead>({ kind: 'nothing' });
  const [handed, setHanded] = useState<string>();
  const problem = useCameraReader(video, (read) => {
    if (read.kind === 'nothing') return;
    setLast(read);
    if (read.kind === 'code' && read.code !== handed) {
      setHanded(read.code);
      onCode(read.code);
    }
  });
  if (problem)
    return (
      <p className="problem" role="alert">
        {t(`camera.${problem}`)}
      </p>
    );
  return (
    <figure className="camera-view">
      <video ref={video} muted playsInline aria-label={t('camera.view')} />
      <figcaption role="status">
        {last.kind === 'code' && t('camera.read', { code: last.code })}
        {last.kind === 'misread' && t('camera.misread', { code: last.code })}
        {last.kind === 'nothing' && t('camera.hint')}
      </figcaption>
    </figure>
  );
}
