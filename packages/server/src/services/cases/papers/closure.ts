import type { CaseDetail } from '@vatra/core';
import type { OfficialDocument } from '../../../pdf/document.js';
import type { PaperContext } from './context.js';

/** The closure report: final evaluation against the plan, outcome, monitoring in figures. */
export function closurePaper(
  ctx: PaperContext,
  detail: CaseDetail,
  extra: { services: Map<string, string>; institution: string },
): OfficialDocument {
  const closure = detail.closure;
  if (!closure) throw new Error('closurePaper needs a closed case');
  const plan =
    detail.plans.find((candidate) => candidate.status === 'approved' && candidate.personId === null) ??
    detail.plans.find((candidate) => candidate.status === 'approved');
  const rows =
    plan?.items.map((item, index) => [
      String(index + 1),
      extra.services.get(item.serviceCode) ?? item.serviceCode,
      ctx.t(`domain.${item.domain}`),
      item.responsibleInstitution?.name ?? '—',
      ctx.t(`itemStatus.${item.status}`),
    ]) ?? [];
  return {
    locale: ctx.locale,
    header: { country: ctx.country, institution: extra.institution, municipality: ctx.municipality },
    title: ctx.t('closure.title'),
    number: detail.number,
    date: closure.closedAt,
    sections: [
      {
        fields: [
          { label: ctx.t('fields.caseNumber'), value: detail.number },
          { label: ctx.t('fields.name'), value: ctx.person.name },
          { label: ctx.t('fields.category'), value: ctx.t(`category.${ctx.person.category}`) },
          { label: ctx.t('closure.registeredOn'), value: ctx.date(detail.clockStart) },
          { label: ctx.t('closure.closedOn'), value: ctx.date(closure.closedAt) },
          { label: ctx.t('fields.household'), value: String(ctx.householdSize) },
        ],
      },
      {
        heading: ctx.t('closure.outcomeSection'),
        fields: [
          { label: ctx.t('fields.outcome'), value: ctx.t(`outcome.${closure.outcome}`) },
          { label: ctx.t('fields.planAchieved'), value: ctx.t(`achieved.${closure.planAchieved}`) },
          ...(closure.movedTo
            ? [{ label: ctx.t('closure.movedTo'), value: ctx.text(closure.movedTo.name) }]
            : []),
          { label: ctx.t('closure.coordinator'), value: closure.coordinator ?? '—' },
        ],
      },
      {
        heading: ctx.t('closure.evaluation'),
        paragraphs: [closure.evaluation, ...(closure.note ? [closure.note] : [])],
      },
      ...(rows.length
        ? [
            {
              heading: ctx.t('closure.planItems'),
              table: {
                columns: [
                  ctx.t('columns.no'),
                  ctx.t('columns.service'),
                  ctx.t('columns.need'),
                  ctx.t('columns.responsible'),
                  ctx.t('columns.status'),
                ],
                rows,
              },
            },
          ]
        : []),
      {
        heading: ctx.t('closure.monitoring'),
        fields: [
          { label: ctx.t('closure.monthsMonitored'), value: String(detail.monitoring.length) },
          {
            label: ctx.t('closure.monthsNothing'),
            value: String(detail.monitoring.filter((entry) => entry.receivedNothing).length),
          },
        ],
      },
    ],
    signatures: [
      { role: ctx.t('closure.officer'), name: closure.closedBy.fullName },
      { role: ctx.t('closure.coordinator'), ...(closure.coordinator ? { name: closure.coordinator } : {}) },
    ],
    footer: `${detail.number} · ${ctx.municipality}`,
  };
}
