import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.js';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping each record’s line', () => {
    const text =
      '\uFEFFunit,count,source\r\n"Pukë, qendra",12,"Tabela ""1"""\r\n\r\nGjegjan,3,"two\nlines"\nQerret,4,';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['unit', 'count', 'source'] },
        { line: 2, fields: ['Pukë, qendra', '12', 'Tabela "1"'] },
        { line: 4, fields: ['Gjegjan', '3', 'two\nlines'] },
        { line: 6, fields: ['Qerret', '4', ''] },
      ],
    });
  });

  it('takes semicolons when the header has them and no commas', () => {
    expect(parseCsv('unit;count\nRrapë;1,5\n')).toEqual({
      records: [
        { line: 1, fields: ['unit', 'count'] },
        { line: 2, fields: ['Rrapë', '1,5'] },
      ],
    });
  });

  it('names the line of a broken quote', () => {
    expect(parseCsv('a,b\n"open,1\n')).toEqual({ problem: { line: 2, code: 'unclosed_quote' } });
    expect(parseCsv('a,b\nx"y,1\n')).toEqual({ problem: { line: 2, code: 'quote_in_field' } });
    expect(parseCsv('a,b\n"x"y,1\n')).toEqual({ problem: { line: 2, code: 'text_after_quote' } });
  });

  it('writes what it reads', () => {
    const rows = [
      ['unit', 'source'],
      ['Pukë + Rrapë', 'Shtojca 5, "Tabela 1"'],
    ];
    const parsed = parseCsv(toCsv(rows));
    expect('records' in parsed && parsed.records.map((record) => record.fields)).toEqual(rows);
  });
});
