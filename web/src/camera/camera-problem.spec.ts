import { cameraProblem } from './camera-problem';

const failure = (name: string) => Object.assign(new Error('camera'), { name });

describe('why the camera did not start', () => {
  it('tells a refused permission from a missing camera and any other failure', () => {
    expect(cameraProblem(failure('NotAllowedError'))).toBe('refused');
    expect(cameraProblem(failure('SecurityError'))).toBe('refused');
    expect(cameraProblem(failure('NotFoundError'))).toBe('none');
    expect(cameraProblem(failure('OverconstrainedError'))).toBe('none');
    expect(cameraProblem(failure('NotReadableError'))).toBe('failed');
    expect(cameraProblem('nonsense')).toBe('failed');
  });
});
