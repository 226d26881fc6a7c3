import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built app at /app/ on its own origin (no CORS, one process).
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
