// Name folding and matching for the registry: pure functions, shared by the server (keys stored
// with each person, ranking of search candidates) and anyone who needs the same notion of "the
// same name" (demo data, imports). Albanian and Serbian spellings of one name meet here:
// "Krasniqi" / "Krasnići", "Gjorgjević" / "Đorđević" / "Djordjevic".

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
};

/**
 * Lower-case, Serbian Cyrillic transliterated, đ → dj, every diacritic stripped (ë → e, ç → c,
 * č/ć → c, dž → dz, š → s, ž → z), anything that is not a letter or digit turned into one space.
 */
export function foldName(value: string): string {
  const lower = value.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
  return lower
    .replace(/đ/g, 'dj')
    .replace(/ǆ/g, 'dz')
    .replace(/ß/g, 'ss')
    .replace(/[øœæ]/g, (c) => ({ ø: 'o', œ: 'oe', æ: 'ae' })[c] ?? c)
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a folded name. */
export function nameTokens(value: string): string[] {
  const folded = foldName(value);
  return folded ? folded.split(' ') : [];
}

// Albanian digraphs and their Serbian (folded) counterparts, then spelling variants that sound
// alike. Order matters: digraphs first.
const SOUND_ALIKE: [RegExp, string][] = [
  [/xh/g, 'dz'],
  [/gj/g, 'dj'],
  // Đ typed as a plain d is common: Đorđević, Djordjevic, Dordevic, Gjorgjeviq all meet.
  [/dj/g, 'd'],
  [/zh/g, 'z'],
  [/sh/g, 's'],
  [/ch/g, 'c'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/q/g, 'c'],
  [/y/g, 'i'],
  [/w/g, 'v'],
];

/**
 * A phonetic-ish key of one folded word: sound-alike spellings merged, doubled letters collapsed
 * and the vowels at the end dropped (Krasniqi, Krasniqe, Krasnići → "krasnic").
 */
export function phoneticToken(folded: string): string {
  let key = folded.replace(/[^a-z0-9]/g, '');
  for (const [pattern, replacement] of SOUND_ALIKE) key = key.replace(pattern, replacement);
  key = key.replace(/(.)\1+/g, '$1');
  const stripped = key.replace(/[aeiou]+$/, '');
  return stripped.length >= 2 ? stripped : key;
}

/** The phonetic key of a whole name part ("Ana Maria" → "an mari"). */
export function phoneticKey(value: string): string {
  return nameTokens(value).map(phoneticToken).join(' ');
}

/** The keys stored with a person, kept by the application whenever a name changes. */
export function personNameKeys(name: { firstName: string; lastName: string; fatherName?: string | null }) {
  return {
    nameKey: `${foldName(name.firstName)} ${foldName(name.lastName)}`.trim(),
    firstPhon: phoneticKey(name.firstName),
    lastPhon: phoneticKey(name.lastName),
    fatherPhon: name.fatherName ? phoneticKey(name.fatherName) : null,
  };
}

/** Edit distance (insertions, deletions, substitutions), giving up early past `max`. */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many edits a word of this length may have and still count as the same name. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** A word with its folded form and phonetic key, computed once. */
export interface KeyedWord {
  folded: string;
  key: string;
}

export function keyedWords(value: string): KeyedWord[] {
  return nameTokens(value).map((folded) => ({ folded, key: phoneticToken(folded) }));
}

/**
 * How well one typed word matches one word of a name, 0..1: the same folded word 1, the same
 * sound 0.95, the start of it (typing in progress, two letters at least) 0.85, else by edit
 * distance within the allowance; 0 when it does not match.
 */
export function keyedWordScore(typed: KeyedWord, name: KeyedWord): number {
  if (!typed.folded || !name.folded) return 0;
  if (typed.folded === name.folded) return 1;
  if (typed.key === name.key) return 0.95;
  if (typed.folded.length >= 2 && (name.folded.startsWith(typed.folded) || name.key.startsWith(typed.key))) {
    return 0.85;
  }
  const allowance = allowedEdits(Math.max(typed.key.length, name.key.length));
  if (allowance === 0) return 0;
  const distance = Math.min(
    levenshtein(typed.key, name.key, allowance),
    levenshtein(typed.folded, name.folded, allowance),
  );
  if (distance > allowance) return 0;
  return 0.9 - 0.1 * distance;
}

export function wordScore(typed: string, name: string): number {
  return keyedWordScore(
    { folded: typed, key: phoneticToken(typed) },
    { folded: name, key: phoneticToken(name) },
  );
}

export interface NameParts {
  firstName: string;
  lastName: string;
  fatherName?: string | null;
}

/** The words of a person's name, weighted: the father's name counts a little less. */
export type WeightedWords = [KeyedWord, number][];

export function personWords(person: NameParts): WeightedWords {
  return [
    ...keyedWords(person.firstName).map((w): [KeyedWord, number] => [w, 1]),
    ...keyedWords(person.lastName).map((w): [KeyedWord, number] => [w, 1]),
    ...keyedWords(person.fatherName ?? '').map((w): [KeyedWord, number] => [w, 0.9]),
  ];
}

/**
 * How well typed words match a person's words, 0..1: every typed word must match some word of
 * the name; the score is the mean of the best matches; 0 when any typed word matches nothing.
 */
export function wordsScore(typed: KeyedWord[], words: WeightedWords): number {
  if (!typed.length) return 0;
  let sum = 0;
  for (const word of typed) {
    let best = 0;
    for (const [candidate, weight] of words) {
      best = Math.max(best, keyedWordScore(word, candidate) * weight);
      if (best === 1) break;
    }
    if (best === 0) return 0;
    sum += best;
  }
  return sum / typed.length;
}

/** queryScore over free text ("krasniqe arben") and a person's names. */
export function queryScore(query: string, person: NameParts): number {
  return wordsScore(keyedWords(query), personWords(person));
}

/** How alike two name parts are (each may have several words), 0..1, by best word pairing. */
export function partScore(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (!left.length || !right.length) return 0;
  if (left.join(' ') === right.join(' ')) return 1;
  let sum = 0;
  for (const word of left) {
    let best = 0;
    for (const other of right) best = Math.max(best, wordScore(word, other));
    if (best === 0) return 0;
    sum += best;
  }
  return sum / left.length;
}

/** "Arbër Krasniqi" → "A. K.": all that is shown of a person outside one's jurisdiction. */
export function maskName(firstName: string, lastName: string): string {
  const initial = (value: string) => {
    const letter = [...value.trim()][0];
    return letter ? `${letter.toLocaleUpperCase()}.` : '';
  };
  return [initial(firstName), initial(lastName)].filter(Boolean).join(' ');
}
