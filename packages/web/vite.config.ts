import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The web app imports core's TypeScript sources directly, so core never needs building for it.
const coreEntry = fileURLToPath(new URL('../core/src/index.ts', import.meta.url));
const apiServer = 'http://localhost:8080';

const CORE_SOURCES = /[\\/]packages[\\/]core[\\/]src[\\/]/;
/** A module of one language's catalog (messages/<locale>/...): the locale is the first group. */
const MESSAGES = /[\\/]packages[\\/]core[\\/]src[\\/]i18n[\\/]messages[\\/]([a-z]+)[\\/]/;
const PACKAGES = /[\\/]node_modules[\\/]/;
/** The charts and what only they use: left to the action plans' chunk, the one page that draws charts. */
const CHARTS =
  /[\\/]node_modules[\\/](recharts|recharts-scale|react-smooth|d3-[a-z-]+|internmap|victory-vendor|@mantine[\\/]charts|lodash|decimal\.js-light|fast-equals|eventemitter3|react-transition-group|tiny-invariant)[\\/]/;

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
/** Below this a compressed copy saves less than the request's headers weigh. */
const WORTH_COMPRESSING = 1024;
const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/** Brotli's second-best level: 2% larger than the best for a third of its (20 s) build time. */
const BROTLI_QUALITY = 10;

/**
 * Writes a .br and a .gz copy beside each text file of the build, compressed once and hard: the
 * server sends them to browsers that accept them (@fastify/static `preCompressed`), a quarter of
 * the bytes on a slow line, without compressing at every request.
 */
function precompress(): Plugin {
  return {
    name: 'vatra-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const data = await readFile(path);
          if (data.length < WORTH_COMPRESSING) return;
          const brotliParams = {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          };
          const [br, gz] = await Promise.all([
            toBrotli(data, { params: brotliParams }),
            toGzip(data, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/** The chunk of a catalog module: one per language; null for every other module. */
function messagesChunk(id: string): string | null {
  const locale = MESSAGES.exec(id)?.[1];
  return locale ? `messages-${locale}` : null;
}

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { alias: { '@vatra/core': coreEntry } },
  server: { proxy: { '/api': apiServer, '/healthz': apiServer } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The largest chunk (the shared libraries) is ~800 kB; a new warning means something grew.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // Core has no I/O and nothing runs on import, so a module of it the app does not use
      // (the server's schemas, the plan model) is left out instead of kept "for its side effects".
      treeshake: { moduleSideEffects: [{ test: CORE_SOURCES, sideEffects: false }] },
      output: {
        // Pages are split by area in router.tsx (React.lazy). Beside them: the libraries in one
        // chunk and each language's catalog in its own (messages-sq, -sr, -en; core's
        // loadWebCatalog imports them dynamically, so the browser fetches only the language it
        // shows), so an update of Vatra's code leaves them in the browser's cache.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: (id: string) => PACKAGES.test(id) && !CHARTS.test(id) },
            { name: messagesChunk, debugName: 'messages' },
          ],
        },
      },
    },
  },
});
