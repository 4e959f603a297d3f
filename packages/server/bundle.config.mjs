// The server as one file for `npm start` (dist/vatra.js), made from tsc's output in dist/.
//
// Why: a start spent about a third of its time resolving and reading some 400 small modules;
// one file starts about 0.3 s sooner. Packages from node_modules stay outside (native addons,
// WebAssembly and fonts are found next to their package); only Vatra's own code (server and
// @vatra/core) is inlined. The bundle sits at the top of dist/, the depth of src/paths.ts, so
// the folders it computes from import.meta.url are the same as the sources'.
// Tests run the sources; the browser journeys and the benchmark run this bundle.
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules);

export default {
  input: 'packages/server/dist/main.js',
  platform: 'node',
  external: (id) => {
    if (id.startsWith('node:') || BUILTINS.has(id)) return true;
    if (id.startsWith('.') || id.startsWith('/') || id.startsWith('@vatra/')) return false;
    return true;
  },
  logLevel: 'warn',
  output: {
    file: 'packages/server/dist/vatra.js',
    format: 'esm',
    codeSplitting: false,
    sourcemap: true,
  },
};
