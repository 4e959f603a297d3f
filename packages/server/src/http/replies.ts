import type { FastifyReply } from 'fastify';
import type { Paper } from '../pdf/paper.js';
import { contentDisposition } from '../services/documents/read.js';

/** A rendered file answered as an attachment that no cache keeps and no browser sniffs. */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; body: Buffer }) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** A paper as PDF, saying which language it is in. */
export function sendPdf(reply: FastifyReply, paper: Paper) {
  reply.header('content-language', paper.locale);
  return sendFile(reply, { fileName: paper.fileName, contentType: 'application/pdf', body: paper.pdf });
}
