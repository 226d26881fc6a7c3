/** Why the camera could not start, in the words the screens show (catalogue `camera.<kind>`). */
export type CameraProblem = 'refused' | 'none' | 'failed';

/** getUserMedia's errors, by name, as the clerk should hear them. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'none';
  return 'failed';
}
