import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from './paths';

/**
 * A page from templates/<name>/index.html with its wording (texts.json, Kazakh and Russian)
 * inlined, read once at start-up.
 */
export function staticPage(name: string): string {
  const dir = join(templatesDir(), name);
  const texts = readFileSync(join(dir, 'texts.json'), 'utf8');
  // JSON inside <script>: escape "<" so no text can close the script element.
  return readFileSync(join(dir, 'index.html'), 'utf8').replace(
    '/*TEXTS*/',
    texts.replace(/</g, '\\u003c'),
  );
}
