import { createHash } from 'node:crypto';
import { PLACE, type CaseState, type DemoActor } from './build-context.js';
import { demoPdf, demoPng } from './files.js';
import type { Workbench } from './workbench.js';

// A demo case's documents, as services/documents/upload.ts records them: a copy of the head's ID
// card and the scan of the signed FVN, sometimes replaced by a better one (revision 2).

/** services/documents/upload.ts uploadDocument: the row and the case event; bytes stored later. */
function uploadDocument(
  w: Workbench,
  state: CaseState,
  uploader: DemoActor,
  at: Date,
  file: {
    docType: 'fvn' | 'id';
    personId?: string;
    submissionId?: string;
    seriesId?: string;
    revision: number;
    note?: string;
    fileName: string;
    contentType: 'application/pdf' | 'image/png';
    bytes: Buffer;
  },
): string {
  const id = w.uuid();
  const seriesId = file.seriesId ?? w.uuid();
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const size = file.bytes.length;
  w.rows.documents.push({
    bytes: file.bytes,
    row: {
      id,
      jurisdiction_id: state.row.jurisdiction_id,
      case_id: state.row.id,
      person_id: file.personId ?? null,
      submission_id: file.submissionId ?? null,
      doc_type: file.docType,
      series_id: seriesId,
      revision: file.revision,
      file_name: file.fileName,
      content_type: file.contentType,
      size_bytes: size,
      sha256,
      note: file.note ?? null,
      uploaded_by: uploader.id,
      uploaded_at: at,
    },
  });
  w.event(
    state,
    uploader,
    at,
    file.revision === 1 ? 'document.uploaded' : 'document.corrected',
    {
      documentId: id,
      docType: file.docType,
      seriesId,
      revision: file.revision,
      personId: file.personId ?? null,
      sha256,
      size,
    },
    file.personId ?? null,
  );
  return seriesId;
}

/** A copy of the head's ID card; sometimes replaced by a clearer one a few minutes later. */
export function uploadIdCopy(w: Workbench, state: CaseState | undefined, at: Date, corrected: boolean): void {
  if (!state) return;
  const zkkk = w.actor(`zkkk.${PLACE[state.municipality]}`);
  const head = state.family.members[0]?.input;
  const name = (head?.lastName ?? 'copy').toLowerCase();
  const seriesId = uploadDocument(w, state, zkkk, at, {
    docType: 'id',
    personId: state.headId,
    revision: 1,
    fileName: `id-${name}.png`,
    contentType: 'image/png',
    bytes: demoPng(state.spec.seed),
  });
  if (corrected)
    uploadDocument(w, state, zkkk, new Date(Math.min(at.getTime() + 4 * 60_000, w.anchor - 30_000)), {
      docType: 'id',
      personId: state.headId,
      seriesId,
      revision: 2,
      note: 'Kopje më e qartë: skanimi i parë ishte i prerë.',
      fileName: `id-${name}-2.png`,
      contentType: 'image/png',
      bytes: demoPng(state.spec.seed + 7),
    });
}

/** The signed FVN, scanned; revision 2 when the first scan missed a page. */
export function uploadFvnScan(w: Workbench, state: CaseState | undefined, at: Date, revision: 1 | 2): void {
  if (!state?.fvnId) return;
  if (revision === 2 && !state.fvnSeries) return;
  const qps = w.actor(`qps.${PLACE[state.municipality]}`);
  const number = state.row.number;
  const series = uploadDocument(w, state, qps, at, {
    docType: 'fvn',
    submissionId: state.fvnId,
    revision,
    ...(revision === 2 && state.fvnSeries
      ? { seriesId: state.fvnSeries, note: 'Faqja 4 e nënshkruar mungonte në skanimin e parë.' }
      : {}),
    fileName: `fvn-${number.toLowerCase()}${revision === 2 ? '-2' : ''}.pdf`,
    contentType: 'application/pdf',
    bytes: demoPdf([
      'Formulari i Vleresimit te Nevojave (FVN)',
      `Rasti ${number}`,
      `Kopje e skanuar, nenshkruar${revision === 2 ? ' - versioni i plote' : ''}`,
      'Dokument demonstrues: persona te trilluar.',
    ]),
  });
  if (revision === 1) state.fvnSeries = series;
}
