// A multipart/form-data body built by hand, as a browser's FormData sends it: for upload tests.
import { randomUUID } from 'node:crypto';

export interface FilePart {
  name: string;
  bytes: Buffer;
  type?: string;
  field?: string;
}

/** A multipart/form-data body built by hand, as a browser's FormData sends it. */
export function multipart(fields: Record<string, string>, ...files: FilePart[]) {
  const boundary = `----vatra-test-${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
