import type { Multipart } from '@fastify/multipart';
import type { DocumentContentType } from '@vatra/core';
import { HttpError } from '../../http/errors.js';
import type { BlobStore, StoredBlob } from '../../storage/blobs/blob-store.js';
import { documentErrors } from './errors.js';
import { HeadCapture, sniffContentType } from './sniff.js';

// Reading the multipart upload: text fields into a record, the one file (part `file`) streamed
// into the blob store while its checksum, size and first bytes are taken. Nothing here decides
// whether the upload is allowed; upload.ts does, and discards the blob when it is not.

export interface ReceivedFile {
  blob: StoredBlob;
  fileName: string;
  /** Recognised from the first bytes; undefined when not PDF, JPEG or PNG. */
  contentType: DocumentContentType | undefined;
}

export interface ReceivedForm {
  fields: Record<string, string>;
  file: ReceivedFile | undefined;
  /** Parts that may not be there: a second file, a file under another name, a cut-off value. */
  problems: Record<string, 'oneFile' | 'unknownField' | 'tooLong'>;
}

/** What the route hands over: the request, as @fastify/multipart decorates it. */
export interface MultipartSource {
  isMultipart(): boolean;
  parts(options?: { limits?: Record<string, number> }): AsyncIterableIterator<Multipart>;
}

const FIELD_BYTES = 8192;

export async function receiveForm(
  request: MultipartSource,
  store: BlobStore,
  maxMb: number,
): Promise<ReceivedForm> {
  if (!request.isMultipart()) throw documentErrors.notMultipart();
  const form: ReceivedForm = { fields: {}, file: undefined, problems: {} };
  try {
    const parts = request.parts({
      limits: { fileSize: maxMb * 1024 * 1024, files: 2, fields: 12, parts: 16, fieldSize: FIELD_BYTES },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated || part.fieldnameTruncated) form.problems[part.fieldname] = 'tooLong';
        else form.fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || form.file) {
        form.problems[part.fieldname] = part.fieldname === 'file' ? 'oneFile' : 'unknownField';
        part.file.resume();
        continue;
      }
      const head = new HeadCapture();
      part.file.on('error', (error) => head.destroy(error));
      const blob = await store.put(part.file.pipe(head));
      if (part.file.truncated) {
        await store.discard(blob.key);
        throw documentErrors.tooLarge(maxMb);
      }
      form.file = {
        blob,
        fileName: cleanFileName(part.filename),
        contentType: await sniffContentType(head.head),
      };
    }
    return form;
  } catch (error) {
    if (form.file) await store.discard(form.file.blob.key);
    throw formError(error, maxMb);
  }
}

/** Errors of reading the form as the client should see them; a failing disk stays a 500. */
function formError(error: unknown, maxMb: number): unknown {
  if (error instanceof HttpError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return documentErrors.tooLarge(maxMb);
  if (code === 'FST_FILES_LIMIT') return documentErrors.oneFile();
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return documentErrors.notMultipart();
  if (typeof code === 'string' && code.startsWith('FST_')) return documentErrors.badForm();
  // System errors (ENOSPC, EACCES …) carry a syscall: the server's problem, not the form's.
  if ((error as { syscall?: unknown } | null)?.syscall !== undefined) return error;
  // Busboy's own complaints ("Unexpected end of form", "Malformed part header"): a broken body.
  if (error instanceof Error) return documentErrors.badForm();
  return error;
}

/**
 * The name the file had on the uploader's computer, as the download will offer it: without a
 * path (old browsers send C:\fakepath\…) or control characters, at most 200 characters.
 */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base.normalize('NFC'))
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('')
    .trim();
  const chars = Array.from(cleaned);
  return (chars.length > 200 ? chars.slice(-200).join('') : cleaned) || 'document';
}
