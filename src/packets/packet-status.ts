export const PACKET_STATUSES = [
  'created',
  'posted',
  'arrived',
  'delivered',
  'return_received',
  'collected',
  'reviewed',
  'undeliverable',
  'lost',
] as const;
export type PacketStatus = (typeof PACKET_STATUSES)[number];
