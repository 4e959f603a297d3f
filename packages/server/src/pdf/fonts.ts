import { createRequire } from 'node:module';

// The 14 standard PDF fonts only cover WinAnsi: they print ë and ç but not č ć đ or Cyrillic.
// DejaVu Sans covers Latin Extended and Cyrillic (ђ ћ љ њ џ included) and its licence (Bitstream
// Vera, changes in the public domain) allows embedding. pdfkit embeds only the glyphs a document
// uses, with a ToUnicode map, so the files stay small and their text can be copied and searched.
//
// Resolved through Node's module resolution rather than a path relative to this file, so the
// same code finds the fonts when run from src/ (tests) and from dist/ (production).
//
// Documents select fonts by these paths (doc.font(FONT_FILES.bold)) rather than by names given
// to registerFont: pdfkit caches a font under the path it was opened with, whereas a registered
// name that resolves to an already opened face is parsed again on every switch, which made a
// 120-row table take seconds.
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;
