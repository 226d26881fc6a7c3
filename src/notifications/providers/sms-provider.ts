/** One text message handed to a provider. */
export interface OutgoingSms {
  /** +77011234567 */
  to: string;
  text: string;
  segments: number;
}

/** What the operator later says about a message it accepted. */
export interface DeliveryReceipt {
  messageId: string;
  delivered: boolean;
  /** The operator's state when not delivered (EXPIRED, UNDELIV, REJECTD...). */
  reason?: string;
}

/** Nothing reached the SMS centre (no connection, bind refused): sending again is safe. */
export class SmsNotSent extends Error {}

/** The centre refused the message; `final` when trying again cannot help (a bad number). */
export class SmsRefused extends Error {
  constructor(
    message: string,
    readonly final: boolean,
  ) {
    super(message);
  }
}

/** The message left, but no answer came back: it may have been accepted, so it is not resent. */
export class SmsUnconfirmed extends Error {}

export interface SmsProvider {
  /** Makes the connection ready; throws SmsNotSent when it cannot. */
  connect(): Promise<void>;
  /** The centre's id for the accepted message; throws one of the errors above. */
  submit(sms: OutgoingSms): Promise<string>;
  onReceipt(listener: (receipt: DeliveryReceipt) => Promise<void>): void;
  close(): Promise<void>;
}

export const SMS_PROVIDER = Symbol('SMS_PROVIDER');
