import { AddressInfo } from 'node:net';
import * as smpp from 'smpp';

export interface ReceivedSms {
  to: string;
  text: string;
  messageId: string;
  dataCoding: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/**
 * A real SMPP 3.4 server on 127.0.0.1 (the smpp package's own), standing in for the operator's
 * SMS centre: it records each submit, answers with a message id and then sends a delivery
 * receipt. `refuse` numbers get ESME_RINVDSTADR; while `hangBinds` is set, binds get no answer;
 * with `receiptFirst` the receipt goes out before the submit's answer, as a busy centre may.
 */
export class TestSmsCentre {
  readonly received: ReceivedSms[] = [];
  /** The number of every submit, refused ones too. */
  readonly submitted: string[] = [];
  readonly binds: string[] = [];
  refuse = new Set<string>();
  hangBinds = false;
  receiptFirst = false;
  private readonly server: smpp.Server;
  private next = 1;

  constructor() {
    this.server = smpp.createServer((session) => {
      session.on('error', () => undefined);
      session.on('bind_transceiver', (pdu: smpp.Pdu) => {
        this.binds.push(String(pdu.system_id));
        if (this.hangBinds) return;
        const ok = pdu.system_id === 'kazpost' && pdu.password === 'secret';
        session.send(pdu.response(ok ? {} : { command_status: smpp.errors.ESME_RBINDFAIL }));
      });
      session.on('enquire_link', (pdu: smpp.Pdu) => session.send(pdu.response()));
      session.on('submit_sm', (pdu: smpp.Pdu) => this.submit(session, pdu));
      session.on('unbind', (pdu: smpp.Pdu) => session.send(pdu.response()));
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  /** What the service needs to send through this centre (once started). */
  get env(): Record<string, string> {
    return {
      SMS_PROVIDER: 'smpp',
      SMPP_HOST: '127.0.0.1',
      SMPP_PORT: String((this.server.address() as AddressInfo).port),
      SMPP_SYSTEM_ID: 'kazpost',
      SMPP_PASSWORD: 'secret',
    };
  }

  stop(): Promise<void> {
    for (const session of this.server.sessions) session.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(phone: string): ReceivedSms[] {
    return this.received.filter((sms) => sms.to === phone.replace(/^\+/, ''));
  }

  private submit(session: smpp.Session, pdu: smpp.Pdu): void {
    const to = String(pdu.destination_addr);
    this.submitted.push(to);
    if (this.refuse.has(to)) {
      session.send(pdu.response({ command_status: smpp.errors.ESME_RINVDSTADR }));
      return;
    }
    const messageId = `M${this.next++}`;
    const field = pdu.short_message ?? pdu.message_payload;
    const text = typeof field === 'string' ? field : (field?.message ?? '');
    this.received.push({ to, text, messageId, dataCoding: pdu.data_coding ?? 0, at: Date.now() });
    const receipt = (): void =>
      void session.deliver_sm({
        source_addr: to,
        esm_class: 4,
        receipted_message_id: messageId,
        message_state: 2,
        short_message: `id:${messageId} sub:001 dlvrd:001 stat:DELIVRD err:000 text:`,
      });
    if (this.receiptFirst) receipt();
    session.send(pdu.response({ message_id: messageId }));
    if (!this.receiptFirst) setTimeout(receipt, 50);
  }
}
