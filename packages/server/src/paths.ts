import { fileURLToPath } from 'node:url';

// The repository's folders the server reads at run time, computed in this one module at the
// top of src/ (and of dist/): the start-up bundle (dist/vatra.js, see bundle.config.mjs) sits at
// the same depth, so one relative path serves the sources, the compiled files and the bundle.
const ROOT = new URL('../../../', import.meta.url);

const folder = (relative: string) => fileURLToPath(new URL(relative, ROOT));

export const REPO_ROOT = folder('./');
export const CONFIG_DIR = folder('config/');
export const PLANS_DIR = folder('plans/');
export const MIGRATIONS_DIR = folder('packages/server/migrations/');
export const WEB_DIST = folder('packages/web/dist/');
