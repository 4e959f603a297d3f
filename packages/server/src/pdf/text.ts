// Test helper: reads back the text of a PDF the way a viewer's copy/search would, so tests can
// check that a document says what it should in real characters (ë, č, đ, Ђ …) rather than
// merely that some bytes were written. It relies on the ToUnicode maps pdfkit writes for
// embedded fonts. pdfjs-dist is a devDependency: production code must not import this file.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocumentProxy = Awaited<ReturnType<typeof getDocument>['promise']>;

async function withPdf<T>(pdf: Uint8Array, read: (document: PdfDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of (and detaches) the buffer it is given, so hand it a copy.
  const task = getDocument({
    data: new Uint8Array(pdf),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** The text of each page, one string per page; lines end with "\n". */
export function extractPages(pdf: Uint8Array): Promise<string[]> {
  return withPdf(pdf, async (document) => {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    return pages;
  });
}

/** All pages' text joined, for assertions that do not care where something is. */
export async function extractText(pdf: Uint8Array): Promise<string> {
  return (await extractPages(pdf)).join('\n');
}

/** The document information dictionary, decoded, plus the catalog's /Lang as `Language`. */
export function readInfo(pdf: Uint8Array): Promise<Record<string, unknown>> {
  return withPdf(pdf, async (document) => (await document.getMetadata()).info as Record<string, unknown>);
}
