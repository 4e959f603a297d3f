import type { Catalog } from '../../catalog.js';
import { server } from './server.js';
import { web } from './web.js';
import { pdf } from './pdf.js';

export const sr: Catalog = { server, web, pdf };
