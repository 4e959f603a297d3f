import { join } from 'node:path';
import type { FastifyStaticOptions, SetHeadersResponse } from '@fastify/static';

/** Where Vite writes the built files whose names carry a hash of their content. */
export const ASSETS_PREFIX = '/assets/';

const FOREVER = 'public, max-age=31536000, immutable';
// index.html names the current files: asked again each time (a 304 while unchanged).
const REVALIDATE = 'no-cache';

/** Sets the caching of a file under `root` (its path is absolute). */
function cacheHeaders(root: string) {
  const assets = join(root, ASSETS_PREFIX);
  return (res: SetHeadersResponse, path: string): void => {
    res.setHeader('cache-control', path.startsWith(assets) ? FOREVER : REVALIDATE);
    res.setHeader('vary', 'accept-encoding');
  };
}

/**
 * How the built web app is served. Files are looked up at each request (not listed at start), so
 * a rebuild is served without a restart; a hashed file is cached for good, since a new build
 * names its files anew; the .br/.gz copies the build writes go to browsers that accept them.
 */
export function webFilesOptions(root: string): FastifyStaticOptions {
  return {
    root,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders(root),
  };
}
