import { CONTENT_WIDTH } from './page';
import { pictureBox } from './picture-layout';

describe('a picture on the page', () => {
  it('prints a small drawing at its own size (150 pixels an inch), not blown up', () => {
    expect(pictureBox({ width: 300, height: 150 }, 700)).toEqual({ width: 144, height: 72 });
  });

  it('fits a wide picture to the text width, keeping its shape', () => {
    const box = pictureBox({ width: 1600, height: 800 }, 700);
    expect(box.width).toBeCloseTo(CONTENT_WIDTH);
    expect(box.height).toBeCloseTo(CONTENT_WIDTH / 2);
  });

  it('shrinks a tall picture to the room of one page', () => {
    const box = pictureBox({ width: 1000, height: 3000 }, 600);
    expect(box.height).toBeCloseTo(600);
    expect(box.width).toBeCloseTo(200);
  });
});
