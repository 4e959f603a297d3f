// Serbian Latin → Cyrillic. Digraphs first (lj, nj, dž), each letter keeps its case; the
// result is what a Serbian reader expects from the same text in the other script.
const DIGRAPHS: Record<string, string> = {
  Lj: 'Љ',
  LJ: 'Љ',
  lj: 'љ',
  Nj: 'Њ',
  NJ: 'Њ',
  nj: 'њ',
  Dž: 'Џ',
  DŽ: 'Џ',
  dž: 'џ',
};
const LETTERS: Record<string, string> = {
  A: 'А',
  B: 'Б',
  C: 'Ц',
  Č: 'Ч',
  Ć: 'Ћ',
  D: 'Д',
  Đ: 'Ђ',
  E: 'Е',
  F: 'Ф',
  G: 'Г',
  H: 'Х',
  I: 'И',
  J: 'Ј',
  K: 'К',
  L: 'Л',
  M: 'М',
  N: 'Н',
  O: 'О',
  P: 'П',
  R: 'Р',
  S: 'С',
  Š: 'Ш',
  T: 'Т',
  U: 'У',
  V: 'В',
  Z: 'З',
  Ž: 'Ж',
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};

/**
 * Transliterates Serbian Latin text to Cyrillic. Interpolation placeholders ({{name}}),
 * URLs and acronyms in capitals that are Albanian or English (e.g. "ZKKK", "PDF") are kept:
 * only words that are not all-caps Latin acronyms are converted.
 */
export function toCyrillic(text: string): string {
  return text.replace(/\{\{[^}]*\}\}|https?:\/\/\S+|[\p{L}]+/gu, (token) => {
    if (token.startsWith('{{') || token.startsWith('http')) return token;
    if (token.length > 1 && token === token.toUpperCase() && KEEP_ACRONYMS.has(token)) return token;
    let out = '';
    for (let i = 0; i < token.length; i++) {
      const pair = token.slice(i, i + 2);
      const digraph = DIGRAPHS[pair];
      if (digraph) {
        out += digraph;
        i++;
        continue;
      }
      const ch = token[i] ?? '';
      out += LETTERS[ch] ?? ch;
    }
    return out;
  });
}

/** Acronyms of systems and formats that stay Latin in Cyrillic text. */
const KEEP_ACRONYMS = new Set(['PDF', 'XLSX', 'CSV', 'API', 'ID', 'URL', 'OK', 'EUR', 'ALL', 'NGO']);

/** Applies toCyrillic to every string of a nested catalog. */
export function transliterateCatalog<T>(catalog: T): T {
  if (typeof catalog === 'string') return toCyrillic(catalog) as T;
  if (catalog && typeof catalog === 'object') {
    return Object.fromEntries(
      Object.entries(catalog).map(([key, value]) => [key, transliterateCatalog(value)]),
    ) as T;
  }
  return catalog;
}
