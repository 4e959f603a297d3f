// Reading back the papers the app hands out: the text of a PDF as a viewer's search would see it
// (pdf.js, as in packages/server/src/pdf/text.ts), with whitespace normalised because table
// cells and long lines wrap.
import { readFileSync } from 'node:fs';
import { JourneyError, TIMEOUT } from './lib.mjs';

let pdfjs;

/** The text of every page of a PDF, joined, whitespace runs made single spaces. */
export async function pdfText(bytes) {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (and detaches) the buffer it is given, so hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const document = await task.promise;
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      text += '\n';
    }
    return normalise(text);
  } finally {
    await task.destroy();
  }
}

export const normalise = (text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Clicks a download link and reads what the browser saved: the file's name, its bytes and
 * their text. Fails naming the link when no PDF arrives.
 */
export async function downloadPdf(page, link, what) {
  let download;
  try {
    [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), link.click()]);
  } catch {
    throw new JourneyError(`expected a download when clicking ${what}`);
  }
  const failure = await download.failure();
  if (failure) throw new JourneyError(`the download of ${what} failed: ${failure}`);
  const bytes = readFileSync(await download.path());
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw new JourneyError(
      `${what} is not a PDF (starts with "${bytes.subarray(0, 20).toString('latin1')}")`,
    );
  return { fileName: download.suggestedFilename(), bytes, text: await pdfText(bytes) };
}

/** Fails unless the PDF's text contains each of the strings (whitespace normalised). */
export function pdfSays(pdf, what, expected) {
  for (const wanted of expected) {
    if (!pdf.text.includes(normalise(wanted)))
      throw new JourneyError(
        `expected ${what} (${pdf.fileName}) to contain "${wanted}"; it reads: ${pdf.text.slice(0, 400)}…`,
      );
  }
}
