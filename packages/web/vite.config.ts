import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app imports core's TypeScript sources directly, so core never needs building for it.
const coreEntry = fileURLToPath(new URL('../core/src/index.ts', import.meta.url));
const apiServer = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@vatra/core': coreEntry } },
  server: { proxy: { '/api': apiServer, '/healthz': apiServer } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
