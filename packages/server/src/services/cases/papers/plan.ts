import type { PlanView } from '@vatra/core';
import type { OfficialDocument } from '../../../pdf/document.js';
import type { PaperContext } from './context.js';

/** The individual plan (PIR for returnees, PII for foreigners), one version, as signed on paper. */
export function planPaper(
  ctx: PaperContext,
  plan: PlanView,
  extra: {
    subjectName: string;
    services: Map<string, string>;
    institution: string;
    needLabels: Map<string, string>;
  },
): OfficialDocument {
  const rows = plan.items.map((item, index) => [
    String(index + 1),
    extra.services.get(item.serviceCode) ?? item.serviceCode,
    item.needPath
      ? (extra.needLabels.get(item.needPath) ?? ctx.t(`domain.${item.domain}`))
      : ctx.t(`domain.${item.domain}`),
    ctx.t(`priority.${item.priority}`),
    item.responsibleInstitution?.name ?? '—',
    ctx.date(item.targetDate),
    ctx.t(`itemStatus.${item.status}`),
  ]);
  return {
    locale: ctx.locale,
    header: { country: ctx.country, institution: extra.institution, municipality: ctx.municipality },
    title: ctx.t(plan.planType === 'PII' ? 'plan.titlePII' : 'plan.titlePIR'),
    number: `${ctx.case.number}/${plan.planVersion}`,
    date: plan.approvedAt ?? plan.createdAt,
    sections: [
      {
        fields: [
          { label: ctx.t('fields.caseNumber'), value: ctx.case.number },
          {
            label: ctx.t('fields.subject'),
            value: plan.personId
              ? extra.subjectName
              : ctx.t('plan.subjectHousehold', { name: extra.subjectName }),
          },
          { label: ctx.t('plan.version'), value: String(plan.planVersion) },
          { label: ctx.t('plan.status'), value: ctx.t(`planStatus.${plan.status}`) },
          ...(plan.approvedBy
            ? [
                {
                  label: ctx.t('plan.approvedBy'),
                  value: `${plan.approvedBy.fullName}, ${ctx.date(plan.approvedAt)}`,
                },
              ]
            : []),
        ],
      },
      ...(plan.goal ? [{ heading: ctx.t('plan.goal'), paragraphs: [plan.goal] }] : []),
      rows.length
        ? {
            heading: ctx.t('plan.services'),
            table: {
              columns: [
                ctx.t('columns.no'),
                ctx.t('columns.service'),
                ctx.t('columns.need'),
                ctx.t('columns.priority'),
                ctx.t('columns.responsible'),
                ctx.t('columns.target'),
                ctx.t('columns.status'),
              ],
              rows,
            },
          }
        : { heading: ctx.t('plan.services'), paragraphs: [ctx.t('plan.noItems')] },
    ],
    signatures: [
      { role: ctx.t('plan.preparedBy'), name: plan.createdBy.fullName },
      { role: ctx.t('plan.approver'), ...(plan.approvedBy ? { name: plan.approvedBy.fullName } : {}) },
      { role: ctx.t('plan.beneficiary'), name: extra.subjectName },
    ],
    footer: `${ctx.case.number} · ${ctx.municipality}`,
  };
}
