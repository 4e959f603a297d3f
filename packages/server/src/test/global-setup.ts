import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_FILE, buildPGliteTemplate, buildPostgresTemplate } from './template.js';

// Builds the starting database once for the whole run; each test then gets its own copy.
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    await buildPostgresTemplate(url);
    return;
  }
  const blob = await buildPGliteTemplate();
  const file = fileURLToPath(TEMPLATE_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
}
