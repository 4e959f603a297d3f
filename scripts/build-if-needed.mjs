// Builds the server and web bundles when they are missing, so `npm install && npm start`
// works on a fresh clone without a separate build step (and a second start skips it).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
const need = !existsSync('packages/server/dist/vatra.js') || !existsSync('packages/web/dist/index.html');
if (need && existsSync('node_modules/typescript')) {
  execSync('npm run build', { stdio: 'inherit' });
}
