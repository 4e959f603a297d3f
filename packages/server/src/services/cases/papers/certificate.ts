import type { OfficialDocument } from '../../../pdf/document.js';
import { personFields, type PaperContext } from './context.js';

/** The certificate of repatriation (vërtetim i riatdhesimit) ZKKK issues at registration. */
export function certificatePaper(
  ctx: PaperContext,
  certificate: { number: string; issuedOn: string; issuedBy: string; institution: string },
): OfficialDocument {
  return {
    locale: ctx.locale,
    header: { country: ctx.country, institution: certificate.institution, municipality: ctx.municipality },
    title: ctx.t('certificate.title'),
    number: certificate.number,
    date: certificate.issuedOn,
    intro: ctx.t('certificate.intro', {
      municipality: ctx.municipality,
      category: ctx.t(`category.${ctx.person.category}`),
    }),
    sections: [
      {
        fields: [
          ...personFields(ctx),
          { label: ctx.t('fields.household'), value: String(ctx.householdSize) },
          { label: ctx.t('fields.caseNumber'), value: ctx.case.number },
        ],
      },
      { paragraphs: [ctx.t('certificate.purpose')] },
    ],
    signatures: [{ role: ctx.t('certificate.issuer'), name: certificate.issuedBy }],
    footer: `${certificate.institution} · ${ctx.municipality}`,
  };
}
