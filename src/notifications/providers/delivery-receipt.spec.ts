import type { Pdu } from 'smpp';
import { parseReceipt } from './delivery-receipt';

const pdu = (fields: Partial<Pdu>): Pdu => fields as Pdu;

describe('SMPP delivery receipts', () => {
  it('reads the TLVs when the centre sends them', () => {
    expect(parseReceipt(pdu({ receipted_message_id: 'A1', message_state: 2 }))).toEqual({
      messageId: 'A1',
      delivered: true,
    });
    expect(parseReceipt(pdu({ receipted_message_id: 'A1', message_state: 5 }))).toEqual({
      messageId: 'A1',
      delivered: false,
      reason: 'UNDELIV',
    });
  });

  it('reads the receipt text of SMPP 3.4 appendix B', () => {
    const text =
      'id:7f3a sub:001 dlvrd:000 submit date:2612011200 done date:2612011201 stat:EXPIRED err:000 text:';
    expect(parseReceipt(pdu({ short_message: { message: text } }))).toEqual({
      messageId: '7f3a',
      delivered: false,
      reason: 'EXPIRED',
    });
  });

  it('ignores ordinary messages and states that are not final', () => {
    expect(parseReceipt(pdu({ short_message: { message: 'hello' } }))).toBeUndefined();
    expect(parseReceipt(pdu({ receipted_message_id: 'A1', message_state: 1 }))).toBeUndefined();
  });
});
