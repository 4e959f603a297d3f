import { describe, expect, it } from 'vitest';
import { formatDate, translate, type Locale } from '@vatra/core';
import { renderOfficialDocument, type OfficialDocument } from './document.js';
import { extractPages, extractText, readInfo } from './text.js';

// These tests read the PDFs back as text, as a viewer's search or copy would: a name that comes
// back exactly was printed with the right glyphs and is searchable, not just "written somewhere".

const NAMES = ['Çlirim Krasniqi', 'Đorđe Šćepanović', 'Жарко Ђурић', 'Ëndrina Gashi', 'Љиљана Њежић Џаковић'];

function model(locale: Locale, overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    locale,
    header: {
      country: 'Republika e Kosovës – Republika Kosovo – Republic of Kosovo',
      institution: 'Drejtoria për Shëndetësi dhe Mirëqenie Sociale',
      municipality: 'Komuna e Pejës / Opština Peć',
    },
    title: 'Vërtetim për riatdhesim',
    number: '05-123/2026',
    date: '2026-11-22',
    intro:
      'Në bazë të nenit 7 të Rregullores për riintegrimin e personave të riatdhesuar lëshohet ky vërtetim.',
    sections: [
      {
        heading: 'Të dhënat e personit',
        fields: NAMES.map((name, index) => ({ label: `Person ${index + 1}`, value: name })),
      },
      { paragraphs: ['Đurđevdan, čačkalica, ćošak, šešir, žaba — ђ ћ љ њ џ — ë ç.'] },
    ],
    signatures: [{ role: 'Menaxheri i rastit', name: 'Ëndrina Gashi' }, { role: 'Drejtori' }],
    footer: 'Rruga Mbretëresha Teutë p.n., 30000 Pejë',
    ...overrides,
  };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

describe('renderOfficialDocument', () => {
  it.each(['sq', 'sr', 'sr-Cyrl', 'en'] as const)(
    'prints names in every script exactly (%s)',
    async (locale) => {
      const pdf = await renderOfficialDocument(model(locale));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const text = normalise(await extractText(pdf));
      for (const name of NAMES) expect(text).toContain(name);
      expect(text).toContain('Đurđevdan, čačkalica, ćošak, šešir, žaba — ђ ћ љ њ џ — ë ç.');
      // The layout's own words come from the catalog in the document's language.
      const date = formatDate(locale, '2026-11-22');
      expect(text).toContain(`${translate(locale, 'pdf.number')}: 05-123/2026`);
      expect(text).toContain(`${translate(locale, 'pdf.date')}: ${date}`);
      expect(text).toContain(translate(locale, 'pdf.signature'));
      expect(text).toContain(translate(locale, 'pdf.nameAndSurname'));
      expect(text).toContain(translate(locale, 'pdf.issuedBy', { date }));
      expect(text).toContain(translate(locale, 'pdf.page', { page: 1, pages: 1 }));
    },
  );

  it('writes the Serbian Cyrillic labels in Cyrillic', async () => {
    const text = normalise(await extractText(await renderOfficialDocument(model('sr-Cyrl'))));
    expect(text).toContain('Страна 1 од 1');
    expect(text).toContain('Потпис');
  });

  it('sets title, author, language and a creation date taken from the document', async () => {
    const info = await readInfo(await renderOfficialDocument(model('sr')));
    expect(info).toMatchObject({
      Title: 'Vërtetim për riatdhesim',
      Author: 'Vatra',
      Language: 'sr-Latn',
      CreationDate: 'D:20261122000000Z',
    });
  });

  it('gives the same bytes for the same model', async () => {
    const [a, b] = await Promise.all([
      renderOfficialDocument(model('sq')),
      renderOfficialDocument(model('sq')),
    ]);
    expect(a.equals(b)).toBe(true);
  });

  it('continues a long table over pages with the header row on each and numbers the pages', async () => {
    const columns = ['Nr.', 'Emri dhe mbiemri', 'Komuna', 'Shënime'];
    const rows = Array.from({ length: 120 }, (_, index) => [
      String(index + 1),
      `${NAMES[index % NAMES.length] ?? ''} ${index + 1}`,
      index % 2 ? 'Pejë' : 'Ђаковица',
      index % 10 === 0
        ? 'Vizitë e parë brenda 72 orëve; plani individual u hartua me familjen. '.repeat(3)
        : '—',
    ]);
    const pdf = await renderOfficialDocument(
      model('sq', { sections: [{ heading: 'Lista', table: { columns, rows } }], signatures: [] }),
    );
    const pages = (await extractPages(pdf)).map(normalise);

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain('Emri dhe mbiemri Komuna Shënime');
      expect(page, `page ${index + 1}`).toContain(`Faqja ${index + 1} nga ${pages.length}`);
      if (index > 0) expect(page, `running header on page ${index + 1}`).toContain('Vërtetim për riatdhesim');
    });
    const all = pages.join(' ');
    for (let row = 1; row <= 120; row++) {
      expect(all).toContain(`${row} ${NAMES[(row - 1) % NAMES.length] ?? ''} ${row}`);
    }
  });

  it('wraps long text and carries it onto the next page', async () => {
    const long = Array.from(
      { length: 80 },
      (_, i) => `Fjalia ${i + 1}: Đorđe Šćepanović dhe Çlirim Krasniqi.`,
    ).join(' ');
    const pdf = await renderOfficialDocument(model('en', { sections: [{ paragraphs: [long, long] }] }));
    const pages = await extractPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(normalise(pages.join(' '))).toContain('Fjalia 80: Đorđe Šćepanović dhe Çlirim Krasniqi.');
  });

  it('refuses a table row that does not match its columns, and an invalid date', async () => {
    await expect(
      renderOfficialDocument(model('en', { sections: [{ table: { columns: ['a', 'b'], rows: [['1']] } }] })),
    ).rejects.toThrow('Table row 1 has 1 cells');
    await expect(renderOfficialDocument(model('en', { date: 'yesterday' }))).rejects.toThrow(RangeError);
  });
});
