/** How many S10 codes are left in the range Kazpost allotted. */
export class S10RangeView {
  /** The range's two letters (S10_SERVICE_INDICATOR). */
  serviceIndicator: string;
  /** Codes not yet handed out. */
  left: number;
  /** Below this many codes left (S10_LOW_WARNING) the range is running low. */
  lowWarning: number;
  /** true: ask Kazpost for a new range now (S10_FIRST_SERIAL, S10_LAST_SERIAL). */
  low: boolean;
}
