// The statuses are the journey's steps (journey.ts); many features import them from here.
export { PACKET_STATUSES, type PacketStatus } from './journey';
