import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, open, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobNotFoundError, type BlobStore, type StoredBlob } from './blob-store.js';

/** Keys are "ab/<uuid>": a fan-out directory of the uuid's first two characters, then the uuid. */
const KEY = /^([0-9a-f]{2})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Blobs as files under one directory (`<VATRA_DATA_DIR>/documents`). A put writes a temporary
 * file in `tmp/`, flushes it to disk, then links it under its key (a link never replaces an
 * existing file) and flushes the directory, so a crash leaves either nothing or a whole file.
 */
export class LocalDiskBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new BlobNotFoundError(key);
    return join(this.root, key);
  }

  async put(source: Readable | Buffer): Promise<StoredBlob> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const id = randomUUID();
    const tmp = join(tmpDir, `${id}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
    try {
      await pipeline(input, count, createWriteStream(tmp, { flags: 'wx', mode: 0o640 }));
      await fsync(tmp);
      const key = `${id.slice(0, 2)}/${id}`;
      const dir = join(this.root, id.slice(0, 2));
      await mkdir(dir, { recursive: true });
      // link() fails with EEXIST rather than replace a file: nothing stored is ever overwritten.
      await link(tmp, join(this.root, key));
      await fsync(dir).catch(() => undefined); // directories cannot be flushed everywhere (Windows)
      return { key, sha256: hash.digest('hex'), size };
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      // Opened before anything is sent, so a missing file is an error the caller can answer.
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) throw new BlobNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    if (!KEY.test(key)) return false;
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async discard(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissing(error) && !(error instanceof BlobNotFoundError)) throw error;
    }
  }
}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
