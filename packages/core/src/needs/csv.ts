// A small RFC 4180 reader: fields separated by commas (or semicolons, which spreadsheets in
// Albanian and Serbian locales write because the comma is their decimal mark), quoted with
// double quotes, a doubled quote inside quotes for a quote, line breaks inside quotes kept.
// Each record keeps the line it starts on, so problems can name the row the user sees.

export interface CsvRecord {
  /** The line the record starts on (1-based). */
  line: number;
  fields: string[];
}

export type CsvProblem = 'unclosed_quote' | 'text_after_quote' | 'quote_in_field';

export type CsvResult = { records: CsvRecord[] } | { problem: { line: number; code: CsvProblem } };

/** The delimiter of the first line: a semicolon when it has semicolons and no commas. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = delimiterOf(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
  };
  while (i < text.length) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
          return { problem: { line, code: 'text_after_quote' } };
        continue;
      }
      if (char === '\n') line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (field !== '') return { problem: { line, code: 'quote_in_field' } };
      quoted = true;
      wasQuoted = true;
      i++;
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += char;
    i++;
  }
  if (quoted) return { problem: { line: recordLine, code: 'unclosed_quote' } };
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { records };
}

/** A field for a CSV file: quoted when it holds a delimiter, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
