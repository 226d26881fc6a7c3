import { Logger } from '@nestjs/common';
import * as smpp from 'smpp';
import { SmsSettings } from '@/common/config/settings';
import { parseReceipt } from './delivery-receipt';
import {
  DeliveryReceipt,
  OutgoingSms,
  SmsNotSent,
  SmsProvider,
  SmsRefused,
  SmsUnconfirmed,
} from './sms-provider';

const BIND_TIMEOUT_MS = 10_000;
const RESPONSE_TIMEOUT_MS = 15_000;
/** Centre answers after which the same message may succeed later (busy, throttled, queue full). */
const RETRYABLE = new Set([
  smpp.errors.ESME_RSYSERR,
  smpp.errors.ESME_RMSGQFUL,
  smpp.errors.ESME_RTHROTTLED,
]);

/**
 * SMPP 3.4 over one transceiver bind per worker process: messages go out on it and delivery
 * receipts come back on it. A lost connection is made again for the next message.
 */
export class SmppSmsProvider implements SmsProvider {
  private readonly logger = new Logger('SMPP');
  private session?: Promise<smpp.Session>;
  /** The bound connection `session` resolved to. */
  private current?: smpp.Session;
  private receiptListener: (receipt: DeliveryReceipt) => Promise<void> = () => Promise.resolve();

  constructor(private readonly settings: SmsSettings) {}

  async connect(): Promise<void> {
    await this.bound();
  }

  async submit(sms: OutgoingSms): Promise<string> {
    const session = await this.bound();
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        session.off('close', onClose);
        reject(new SmsUnconfirmed('the SMS centre did not answer the submit'));
      }, RESPONSE_TIMEOUT_MS);
      const onClose = (): void => {
        clearTimeout(timer);
        reject(new SmsUnconfirmed('the connection closed before the SMS centre answered'));
      };
      session.once('close', onClose);
      const written = session.submit_sm(this.pduFor(sms), (response) => {
        clearTimeout(timer);
        session.off('close', onClose);
        if (response.command_status === 0) return resolve(String(response.message_id));
        const status = `0x${response.command_status.toString(16).padStart(8, '0')}`;
        reject(
          new SmsRefused(
            `the SMS centre refused the message (status ${status})`,
            !RETRYABLE.has(response.command_status),
          ),
        );
      });
      if (!written) {
        clearTimeout(timer);
        session.off('close', onClose);
        reject(new SmsNotSent('the connection to the SMS centre is closed'));
      }
    });
  }

  onReceipt(listener: (receipt: DeliveryReceipt) => Promise<void>): void {
    this.receiptListener = listener;
  }

  async close(): Promise<void> {
    const pending = this.session;
    this.session = undefined;
    const session = await pending?.catch(() => undefined);
    session?.destroy();
  }

  private pduFor(sms: OutgoingSms): Record<string, unknown> {
    return {
      source_addr: this.settings.sender,
      // An alphanumeric sender name, international destination numbers.
      source_addr_ton: 5,
      source_addr_npi: 0,
      destination_addr: sms.to.replace(/^\+/, ''),
      dest_addr_ton: 1,
      dest_addr_npi: 1,
      registered_delivery: 1,
      // A text longer than one segment goes whole in message_payload; the centre splits it.
      ...(sms.segments > 1 ? { message_payload: sms.text } : { short_message: sms.text }),
    };
  }

  private bound(): Promise<smpp.Session> {
    this.session ??= this.bind().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private bind(): Promise<smpp.Session> {
    const { host, port, systemId, password } = this.settings.smpp;
    return new Promise((resolve, reject) => {
      const session = smpp.connect({ host, port, auto_enquire_link_period: 30_000 });
      const fail = (why: string): void => {
        clearTimeout(timer);
        session.destroy();
        reject(new SmsNotSent(why));
      };
      const timer = setTimeout(
        () => fail('the SMS centre did not answer the bind'),
        BIND_TIMEOUT_MS,
      );
      session.on('error', (error: Error) => {
        this.logger.warn(`SMPP connection: ${error.message}`);
        fail(`cannot reach the SMS centre: ${error.message}`);
      });
      session.on('close', () => {
        // Forget this connection only if it is still the current one, not a newer one.
        if (this.current === session) this.session = this.current = undefined;
      });
      session.on('deliver_sm', (pdu: smpp.Pdu) => this.receive(session, pdu));
      session.on('connect', () =>
        session.bind_transceiver({ system_id: systemId, password }, (response) => {
          clearTimeout(timer);
          if (response.command_status === 0) {
            this.current = session;
            return resolve(session);
          }
          fail(`the SMS centre refused the bind (status ${response.command_status})`);
        }),
      );
    });
  }

  private receive(session: smpp.Session, pdu: smpp.Pdu): void {
    const receipt = parseReceipt(pdu);
    const answer = (): void => void session.send(pdu.response());
    if (!receipt) return answer();
    // Answered only once recorded: a receipt lost in a crash is sent again by the centre.
    this.receiptListener(receipt).then(answer, (error: Error) =>
      this.logger.error(`A delivery receipt was not recorded: ${error.message}`),
    );
  }
}
