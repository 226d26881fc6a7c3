/**
 * What one of Kazpost's operation codes means for a packet of ours. `arrived` counts only at the
 * packet's delivery office (matched by postcode); elsewhere the same codes are transit.
 */
export type KazpostMeaning = 'posted' | 'arrived' | 'delivered' | 'returned' | 'ignored';

/**
 * Kazpost's operation codes, in one table. The codes and their Russian names are those of
 * Kazpost's tracking service (`/api/v2/{code}/events`, `activity[].status[0]`) as published in
 * Kazpost's status list and used by open-source clients of it. A code not in this table is
 * reported to the admin and changes nothing.
 */
export const KAZPOST_CODES: Readonly<Record<string, KazpostMeaning>> = {
  RCPOPS: 'posted', // Приём: accepted at the counter
  RCP: 'posted', // Приём 1
  BAT: 'posted', // Партионный приём: batch acceptance from a business sender
  TRNRPO: 'arrived', // Прибытие: arrival at an office
  PRC: 'arrived', // Поступление: received at an office
  DLV: 'arrived', // Ожидает клиента / выдача на доставку: waits at the office or goes to the door
  STR: 'arrived', // Хранение: kept at the office for the addressee
  DPAY: 'delivered', // Вручено
  ISSPAY: 'delivered', // Вручено
  ISSSC: 'delivered', // Вручено
  BOXISS: 'delivered', // Вручение из а/я: handed over from a post-office box
  DLV_POBOX: 'delivered', // Доставка в а/я: put in the addressee's post-office box
  // Не выдано / не доставлено: an attempt that failed; the item waits at the office, and Kazpost
  // returns it (RET) when nobody comes. Only the return ends the journey.
  NON: 'ignored',
  NON_S: 'ignored',
  NONDLV: 'ignored',
  RET: 'returned', // Возврат: returned to the sender, undeliverable for us
  RETSC: 'returned', // Возврат
  RETSCSTR: 'returned', // Возврат с хранения
  SND: 'ignored', // Отправка
  SRTRPOREG: 'ignored', // Сортировка
  SRTSND: 'ignored', // Отправка из участка сортировки
  SRTSNDB: 'ignored', // Отправка из сортцентра
  SRTSNDIM: 'ignored', // Отправка из сортцентра
  SNDZONE: 'ignored', // Поступление на участок сортировки
  TRNSRT: 'ignored', // Прибытие транспорта в сортцентр
  AVIASND: 'ignored', // Отправка на рейс
  RDR: 'ignored', // Досыл: sent on to another office
  RDRSC: 'ignored', // Досыл
  REGSRT: 'ignored', // Регистрация на участке
  REGPBT: 'ignored', // Регистрация на участке
  NONDLV_S: 'ignored', // Возврат на хранение: back to the office's shelf, still waiting
  NONDLV_Z: 'ignored', // Ожидает клиента, на хранение
  STRSC: 'ignored', // Возврат с хранения (in a sorting centre)
  NONTRNOPS: 'ignored', // Неприбытие: a bag expected did not come; the item moves on later
  NONTRNSRT: 'ignored', // Неприбытие
};

/** Undo codes (`DLV_UNDO`, `SRTSND_UNDO`, ...) cancel a clerk's mistaken operation: ignored. */
export function meaningOf(code: string): KazpostMeaning | undefined {
  const known = KAZPOST_CODES[code];
  if (known) return known;
  return code.endsWith('_UNDO') ? 'ignored' : undefined;
}
