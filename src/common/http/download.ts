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

/** Kazakh, Russian and Kyrgyz letters in Latin, for clients that read only the ASCII name. */
const LATIN = new Map(
  (
    'а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ' +
    'ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=iu я=ia ә=a ғ=gh қ=q ң=ng ө=o ұ=u ү=u һ=h і=i'
  )
    .split(' ')
    .map((pair) => pair.split('=') as [string, string]),
);

/** "packets-5Ә-…" -> "packets-5A-…": a transliteration, so two classes' names stay apart. */
export function asciiName(fileName: string): string {
  return [...fileName.normalize('NFC')]
    .map((char) => {
      const latin = LATIN.get(char.toLowerCase());
      if (latin === undefined) return char;
      return char === char.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/"/g, '');
}
