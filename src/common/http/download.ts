import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';

/**
 * Starts a file download written straight to the socket, so a print run streams packet by
 * packet instead of waiting in memory. Fastify steps aside; the headers it already holds
 * (security headers) go out with the file.
 */
export function startDownload(
  reply: FastifyReply,
  type: string,
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): ServerResponse {
  reply.hijack();
  const res = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders()))
    if (value !== undefined) res.setHeader(name, value);
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', contentDisposition(fileName, disposition));
  return res;
}

/** A file name in the reader's language, with a plain one for old clients. */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  return `${disposition}; filename="${asciiName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function asciiName(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
}
