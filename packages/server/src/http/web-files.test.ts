import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webFilesOptions } from './web-files.js';

// The built web app's files as the server sends them: hashed chunks cached for good and
// compressed where the browser accepts it, index.html asked again, files of a rebuild served
// without a restart. A small folder stands in for packages/web/dist.

const PAGE = '<!doctype html><script type="module" src="/assets/index-AbC123.js"></script>';
const CHUNK = `export const words = ${JSON.stringify('Rasti i kthimit '.repeat(200))};`;

let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'vatra-web-files-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets/index-AbC123.js'), CHUNK);
  writeFileSync(join(root, 'assets/index-AbC123.js.br'), brotliCompressSync(CHUNK));
  app = Fastify();
  await app.register(fastifyStatic, webFilesOptions(root));
  app.setNotFoundHandler((_request, reply) => reply.code(404).send('not found'));
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

describe('web files', () => {
  it('sends a hashed chunk cached for a year, brotli-compressed to a browser that accepts it', async () => {
    const reply = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toMatch(/javascript/);
    expect(reply.headers.vary).toBe('accept-encoding');
    expect(reply.rawPayload.length).toBeLessThan(CHUNK.length / 4);
  });

  it('sends the plain chunk to a browser that asks for no compression', async () => {
    const reply = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body).toBe(CHUNK);
  });

  it('has index.html revalidated at each load, since it names the current chunks', async () => {
    const reply = await app.inject({ url: '/' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.body).toBe(PAGE);
  });

  it('serves a chunk written after the start (a rebuild) and passes a missing one to not-found', async () => {
    writeFileSync(join(root, 'assets/plans-New456.js'), 'export {};');
    const late = await app.inject({ url: '/assets/plans-New456.js' });
    expect(late.statusCode).toBe(200);
    expect(late.body).toBe('export {};');
    const gone = await app.inject({ url: '/assets/plans-Old789.js' });
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe('not found');
  });
});
