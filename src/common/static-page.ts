import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from './paths';

/**
 * A page from templates/<name>/index.html with its wording (texts.json, Kazakh and Russian)
 * and the shared helpers (templates/shared/page-kit.js) inlined, read once at start-up.
 */
export function staticPage(name: string): string {
  const dir = join(templatesDir(), name);
  // JSON inside <script>: escape "<" so no text can close the script element.
  const texts = readFileSync(join(dir, 'texts.json'), 'utf8').replace(/</g, '\\u003c');
  const kit = readFileSync(join(templatesDir(), 'shared', 'page-kit.js'), 'utf8');
  // Replacement functions, so a "$" in the inlined text is never read as a pattern.
  return readFileSync(join(dir, 'index.html'), 'utf8')
    .replace('/*TEXTS*/', () => texts)
    .replace('/*KIT*/', () => kit);
}
