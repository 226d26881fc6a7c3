// The parts of the smpp package (which ships no types) that the service and its tests use.
declare module 'smpp' {
  import { EventEmitter } from 'node:events';
  import { Server as NetServer } from 'node:net';

  export interface Pdu {
    command: string;
    command_status: number;
    sequence_number: number;
    message_id?: string;
    system_id?: string;
    password?: string;
    source_addr?: string;
    destination_addr?: string;
    data_coding?: number;
    esm_class?: number;
    short_message?: { message?: string } | string;
    message_payload?: { message?: string } | string;
    receipted_message_id?: string;
    message_state?: number;
    response(options?: Record<string, unknown>): Pdu;
    isResponse(): boolean;
  }

  export type PduCallback = (pdu: Pdu) => void;

  export class Session extends EventEmitter {
    socket: { writable: boolean; remoteAddress?: string };
    send(pdu: Pdu, responseCallback?: PduCallback, sendCallback?: PduCallback): boolean;
    bind_transceiver(options: Record<string, unknown>, callback?: PduCallback): boolean;
    submit_sm(
      options: Record<string, unknown>,
      callback?: PduCallback,
      sendCallback?: PduCallback,
    ): boolean;
    deliver_sm(options: Record<string, unknown>, callback?: PduCallback): boolean;
    unbind(options?: Record<string, unknown>, callback?: PduCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
  }

  export class Server extends NetServer {
    sessions: Session[];
  }

  export function connect(
    options: { host: string; port: number; auto_enquire_link_period?: number },
    listener?: () => void,
  ): Session;
  export function createServer(listener: (session: Session) => void): Server;

  export const errors: Record<string, number>;
}
