import type { Readable } from 'node:stream';

// Where the bytes of uploaded documents live. The database keeps the metadata and the key; the
// store keeps the bytes and never overwrites them. Local disk by default; an object store can
// implement the same interface.

export interface StoredBlob {
  /** Opaque key to get the bytes back; safe as a path fragment. */
  key: string;
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: string;
  size: number;
}

export interface BlobStore {
  /** Stores the bytes under a new key, never replacing existing ones. */
  put(source: Readable | Buffer): Promise<StoredBlob>;
  /** The bytes of a stored blob; rejects with BlobNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /**
   * Removes a blob that no record refers to (an upload refused or rolled back after its bytes
   * were stored). Documents themselves are never deleted.
   */
  discard(key: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no stored blob ${key}`);
  }
}
