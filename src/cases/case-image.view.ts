/** A picture among a case's materials: its print-ready file is `<id>.png` in the picture store. */
export class CaseImage {
  id: string;
  /** Printed below the picture, in the case's language. */
  caption: string;
  /** The print-ready picture's size in pixels. */
  width: number;
  height: number;
}

/** The most pictures one case carries. */
export const MAX_CASE_IMAGES = 10;
