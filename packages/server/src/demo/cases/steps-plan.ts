import type { ExtractedNeed } from '@vatra/core';
import { advance } from '../../services/cases/stage.js';
import { DAY, PLACE, isoDate, type CaseState, type Row } from './build-context.js';
import { FOREIGN_ORIGINS } from './names.js';
import type { Workbench } from './workbench.js';

// A demo case's individual plan, as services/cases/plans.ts writes it: drafted from the FVN's
// needs with a service of the catalogue for each, then approved.

/** services/cases/plans.ts createPlan: one item per need of the FVN, from the catalogue. */
export function draftPlan(w: Workbench, state: CaseState | undefined, at: Date): void {
  if (!state) return;
  const code = state.municipality;
  const qps = w.actor(`qps.${PLACE[code]}`);
  const foreign = FOREIGN_ORIGINS.has(state.spec.origin);
  const serviceFor = (need: ExtractedNeed): string => {
    switch (need.domain) {
      case 'documents':
        return 'civil_documents';
      case 'housing':
        return foreign ? 'rent_housing_bonus' : 'rent_reintegration_fund';
      case 'income_employment':
        return 'jobseeker_registration';
      case 'education':
        return foreign ? 'language_course' : 'school_placement';
      case 'social_assistance':
        return 'social_assistance';
      case 'psychosocial':
        return 'psychosocial_support';
      case 'health':
        return 'health_care';
      case 'legal':
        return 'free_legal_aid';
      default:
        return 'community_activities';
    }
  };
  const plan: Row<'case_plans'> = {
    id: w.uuid(),
    case_id: state.row.id,
    person_id: null,
    plan_type: state.row.kind === 'foreigner' ? 'PII' : 'PIR',
    plan_version: 1,
    status: 'draft',
    goal: state.spec.sensitive
      ? 'Siguria e nënës dhe e fëmijëve, të ardhura të vetat dhe shkollimi i fëmijëve.'
      : 'Riintegrim i qëndrueshëm brenda 18 muajve: dokumente, strehim, të ardhura dhe shkollim.',
    created_by: qps.id,
    created_at: at,
    approved_by: null,
    approved_at: null,
    version: 1,
    updated_at: at,
  };
  const items = state.needs.slice(0, 12).map((need, index): Row<'case_plan_items'> => {
    const service = w.services.get(serviceFor(need));
    if (!service) throw new Error(`demo seed: service ${serviceFor(need)} is not in the catalogue`);
    const type = service.responsibleInstitutionType;
    return {
      id: w.uuid(),
      plan_id: plan.id,
      position: index + 1,
      service_code: service.code,
      need_path: need.path,
      domain: service.domain,
      priority: need.priority,
      responsible_institution_id: type ? (w.context.institutions.get(`${type}-${code}`) ?? null) : null,
      target_date: isoDate(at.getTime() + (30 + index * 20) * DAY),
      status: 'planned',
      note: null,
    };
  });
  if (items.length === 0) throw new Error(`demo seed: the FVN of ${state.spec.key} recorded no needs`);
  w.rows.plans.push(plan);
  w.rows.planItems.push(...items);
  state.plan = plan;
  state.items = items;
  w.event(state, qps, at, 'plan.drafted', { plan: plan.id, planVersion: plan.plan_version });
}

/** services/cases/plans.ts approvePlan: "planned" (or "monitoring" with a case manager). */
export function approvePlan(w: Workbench, state: CaseState | undefined, at: Date): void {
  const plan = state?.plan;
  if (!state || !plan) return;
  const qps = w.actor(`qps.${PLACE[state.municipality]}`);
  Object.assign(plan, {
    status: 'approved',
    approved_by: qps.id,
    approved_at: at,
    version: (plan.version ?? 1) + 1,
    updated_at: at,
  });
  state.approved = true;
  const reached = state.row.case_manager_id ? 'monitoring' : 'planned';
  w.touch(state, at, { stage: advance(state.stage, reached) });
  w.event(state, qps, at, 'plan.approved', { plan: plan.id, planVersion: plan.plan_version });
}
