/**
 * A new pdfkit document. pdfkit takes almost half a second to load, so it is loaded with the
 * first paper a process prints, not at start-up.
 */
export async function createPdf(options: PDFKit.PDFDocumentOptions): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  return new PDFDocument(options);
}
