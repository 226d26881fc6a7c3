import { PacketStatus } from './packet-status';

/** What a scan answer shows of a packet: enough to check it, no address or phone. */
export interface PacketBrief {
  code: string;
  status: PacketStatus;
  pupilInitials: string;
  classLabel: string;
  returnDueOn: string;
}

/** "Әлиев Нұрсұлтан Ерланұлы" -> "Ә. Н. Е." */
export function initialsOf(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0].toUpperCase()}.`)
    .join(' ');
}
