import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, Plugin } from 'vite';

const OUT_DIR = 'dist';

/**
 * Writes .br and .gz beside every built file, which the API serves to browsers that accept
 * them: on a 400 kbit/s village link the app's JavaScript arrives in a third of the time.
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        );
      for (const file of walk(OUT_DIR).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

// The API serves the built app at /app/ on its own origin (no CORS, one process).
export default defineConfig({
  base: '/app/',
  plugins: [react(), precompress()],
  // Pure domain rules the service and the screens share (no framework in those files).
  resolve: { alias: { '@domain': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: { outDir: OUT_DIR, emptyOutDir: true, sourcemap: false },
});
