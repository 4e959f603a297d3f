import type { OfficialDocument } from '../../../pdf/document.js';
import type { PaperContext } from './context.js';

/** The QPS decision appointing a case manager. */
export function decisionPaper(
  ctx: PaperContext,
  decision: {
    number: string;
    date: string;
    manager: string;
    reason: string | null;
    previous: string | null;
    institution: string;
  },
): OfficialDocument {
  return {
    locale: ctx.locale,
    header: { country: ctx.country, institution: decision.institution, municipality: ctx.municipality },
    title: ctx.t('decision.title'),
    number: decision.number,
    date: decision.date,
    intro: ctx.t('decision.intro', { municipality: ctx.municipality }),
    sections: [
      {
        paragraphs: [
          ctx.t('decision.text', {
            manager: decision.manager,
            number: ctx.case.number,
            name: ctx.person.name,
          }),
          ctx.t('decision.duties'),
          ...(decision.previous ? [ctx.t('decision.replaces', { previous: decision.previous })] : []),
        ],
      },
      {
        fields: [
          { label: ctx.t('fields.caseNumber'), value: ctx.case.number },
          { label: ctx.t('fields.name'), value: ctx.person.name },
          { label: ctx.t('fields.manager'), value: decision.manager },
          { label: ctx.t('fields.decisionDate'), value: ctx.date(decision.date) },
          ...(decision.reason ? [{ label: ctx.t('decision.reason'), value: decision.reason }] : []),
        ],
      },
    ],
    signatures: [{ role: ctx.t('decision.director') }],
    footer: `${decision.institution} · ${ctx.municipality}`,
  };
}
