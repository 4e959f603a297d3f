import type { WebCatalog } from '../../web-catalog.js';
import { web } from './web.js';
import { fields } from './server-fields.js';

/** What the browser needs of this language; loaded on its own by loadWebCatalog (web-catalog.ts). */
export const sq: WebCatalog = { web, server: { fields } };
