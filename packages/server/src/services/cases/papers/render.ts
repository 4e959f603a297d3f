import { errors } from '../../../http/errors.js';
import { renderOfficialDocument } from '../../../pdf/document.js';
import { caseDb } from '../../../storage/cases/tables.js';
import type { AccessContext } from '../../access/context.js';
import { servicesOf, type CaseConfig } from '../config.js';
import { plansOf } from '../parts.js';
import { getCase } from '../read.js';
import { requireCase } from '../visibility.js';
import { certificatePaper } from './certificate.js';
import { closurePaper } from './closure.js';
import { paperContext, type PaperContext } from './context.js';
import { decisionPaper } from './decision.js';
import { planPaper } from './plan.js';

import type { Paper } from '../../../pdf/paper.js';

export type { Paper };

/** The municipal institution of a type (ZKKK, QPS) serving the case's municipality, in the paper's language. */
async function institutionOf(access: AccessContext, caseId: string, type: 'ZKKK' | 'QPS', ctx: PaperContext) {
  const row = await caseDb(access.db)
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.jurisdiction_id', 'c.jurisdiction_id')
    .select('i.name')
    .where('c.id', '=', caseId)
    .where('i.type_code', '=', type)
    .executeTakeFirst();
  return row ? ctx.text(row.name) : '';
}

function serviceNames(config: CaseConfig, access: AccessContext, ctx: PaperContext) {
  return new Map(servicesOf(config, access).map((service) => [service.code, ctx.text(service.name)]));
}

async function paper(
  access: AccessContext,
  kind: string,
  caseId: string,
  fileName: string,
  ctx: PaperContext,
  pdf: Promise<Buffer>,
): Promise<Paper> {
  const bytes = await pdf;
  await access.audit(access.db, {
    action: `case.paper.${kind}`,
    recordType: 'case',
    recordId: caseId,
    details: { locale: ctx.locale },
  });
  return { fileName, pdf: bytes, locale: ctx.locale };
}

export async function certificatePdf(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  certificateId: string,
  locale?: string,
): Promise<Paper> {
  await requireCase(access, caseId);
  const certificate = await caseDb(access.db)
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.issued_by')
    .select(['c.number', 'c.issued_on', 'c.person_id', 'u.full_name'])
    .where('c.id', '=', certificateId)
    .where('c.case_id', '=', caseId)
    .executeTakeFirst();
  if (!certificate) throw errors.notFound();
  const ctx = await paperContext(access, config, caseId, locale, certificate.person_id);
  const model = certificatePaper(ctx, {
    number: certificate.number,
    issuedOn: certificate.issued_on,
    issuedBy: certificate.full_name,
    institution: await institutionOf(access, caseId, 'ZKKK', ctx),
  });
  return paper(
    access,
    'certificate',
    caseId,
    `${certificate.number}.pdf`,
    ctx,
    renderOfficialDocument(model),
  );
}

export async function planPdf(
  access: AccessContext,
  config: CaseConfig,
  planId: string,
  locale?: string,
): Promise<Paper> {
  const row = await caseDb(access.db)
    .selectFrom('case_plans')
    .select(['case_id', 'person_id'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  const header = await requireCase(access, row.case_id);
  const ctx = await paperContext(access, config, row.case_id, locale, row.person_id ?? undefined);
  const [plan] = await plansOf(access, row.case_id, planId, ctx.locale);
  if (!plan) throw errors.notFound();
  const needs = await caseDb(access.db)
    .selectFrom('form_submissions')
    .select('needs')
    .where('case_id', '=', row.case_id)
    .where('form_key', '=', 'fvn')
    .orderBy('submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const needLabels = new Map(
    (needs?.needs ?? []).map((need) => [
      need.path,
      `${ctx.t(`domain.${need.domain}`)} (${ctx.t(`priority.${need.priority}`)})`,
    ]),
  );
  const model = planPaper(ctx, plan, {
    subjectName: ctx.person.name,
    services: serviceNames(config, access, ctx),
    institution: await institutionOf(access, row.case_id, 'QPS', ctx),
    needLabels,
  });
  return paper(
    access,
    'plan',
    row.case_id,
    `${header.number}-${plan.planType}-v${plan.planVersion}.pdf`,
    ctx,
    renderOfficialDocument(model),
  );
}

export async function decisionPdf(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  assignmentId: string,
  locale?: string,
): Promise<Paper> {
  await requireCase(access, caseId);
  const db = caseDb(access.db);
  const assignments = await db
    .selectFrom('case_manager_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.decision_number', 'a.decision_date', 'a.reason', 'u.full_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.appointed_at')
    .execute();
  const index = assignments.findIndex((a) => a.id === assignmentId);
  const decision = assignments[index];
  if (!decision) throw errors.notFound();
  const ctx = await paperContext(access, config, caseId, locale);
  const model = decisionPaper(ctx, {
    number: decision.decision_number,
    date: decision.decision_date,
    manager: decision.full_name,
    reason: decision.reason,
    previous: index > 0 ? (assignments[index - 1]?.decision_number ?? null) : null,
    institution: await institutionOf(access, caseId, 'QPS', ctx),
  });
  return paper(
    access,
    'decision',
    caseId,
    `${decision.decision_number}.pdf`,
    ctx,
    renderOfficialDocument(model),
  );
}

export async function closurePdf(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  locale?: string,
): Promise<Paper> {
  const detail = await getCase(access, config, caseId, { audited: true });
  if (!detail.closure) throw errors.notFound();
  const ctx = await paperContext(access, config, caseId, locale);
  // The plan as printed: institution names in the paper's language, not the reader's.
  const plans = await plansOf(access, caseId, undefined, ctx.locale);
  const model = closurePaper(
    ctx,
    { ...detail, plans },
    {
      services: serviceNames(config, access, ctx),
      institution: await institutionOf(access, caseId, 'ZKKK', ctx),
    },
  );
  return paper(access, 'closure', caseId, `${detail.number}-closure.pdf`, ctx, renderOfficialDocument(model));
}
