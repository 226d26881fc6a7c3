import { resourceOf } from './resources';

describe('the resource a cached query reads', () => {
  it('is the first segment of its route', () => {
    expect(resourceOf(['get', '/packets/{code}', { params: { path: { code: 'RR1' } } }])).toBe(
      'packets',
    );
    expect(resourceOf(['get', '/collection-duties'])).toBe('collection-duties');
    expect(resourceOf(['get', '/staff', { params: { query: { limit: 100 } } }, 'every'])).toBe(
      'staff',
    );
  });

  it('is none for a key that names no route', () => {
    expect(resourceOf(['session'])).toBeUndefined();
    expect(resourceOf([])).toBeUndefined();
  });
});
