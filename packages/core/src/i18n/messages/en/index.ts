import { server } from './server.js';
import { web } from './web.js';
import { pdf } from './pdf.js';

/** English is the reference catalog: its shape is the type every other language must fill. */
export const en = { server, web, pdf } as const;
