import type { Locale } from '@vatra/core';

/** An official paper rendered on request: its file name, bytes and language. */
export interface Paper {
  fileName: string;
  pdf: Buffer;
  locale: Locale;
}
