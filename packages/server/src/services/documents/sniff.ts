import { Transform, type TransformCallback } from 'node:stream';
import { DOCUMENT_CONTENT_TYPES, type DocumentContentType } from '@vatra/core';
import { fileTypeFromBuffer } from 'file-type';

/** Bytes kept from the start of an upload to recognise its type (file-type reads at most this). */
export const HEAD_BYTES = 4100;

/**
 * The type of a file from its first bytes (magic numbers), never from its name or the type the
 * browser claims: PDF, JPEG or PNG, else undefined.
 */
export async function sniffContentType(head: Uint8Array): Promise<DocumentContentType | undefined> {
  if (head.length === 0) return undefined;
  const detected = await fileTypeFromBuffer(head);
  const mime = detected?.mime;
  return (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(mime ?? '')
    ? (mime as DocumentContentType)
    : undefined;
}

/** Passes bytes through unchanged and keeps the first HEAD_BYTES of them. */
export class HeadCapture extends Transform {
  private chunks: Buffer[] = [];
  private kept = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.kept < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.kept);
      this.chunks.push(Buffer.from(part));
      this.kept += part.length;
    }
    done(null, chunk);
  }

  get head(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
