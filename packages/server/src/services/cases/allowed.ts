import type { CaseDetail } from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import type { CaseConfig } from './config.js';
import { atLeast } from './stage.js';

/**
 * The next steps this user may take on this case, for the case screen's buttons. The server
 * checks every step again when it is taken; this only spares users buttons that would fail.
 */
export function allowedActions(
  access: AccessContext,
  _config: CaseConfig,
  detail: Omit<CaseDetail, 'allowed'>,
): string[] {
  const open = detail.status === 'open';
  const can = (scope: Parameters<AccessContext['has']>[0]) => access.has(scope);
  const approved = detail.plans.some((plan) => plan.status === 'approved');
  const hasDraft = detail.plans.some((plan) => plan.status === 'draft');
  const actions: [string, boolean][] = [
    ['visit', open && can('case.visit')],
    ['fvn', open && can('case.assess') && atLeast(detail.stage, 'visited')],
    ['anamnesis', open && can('case.assess') && atLeast(detail.stage, 'visited')],
    ['plan', open && can('case.plan') && atLeast(detail.stage, 'assessed')],
    ['approvePlan', open && can('case.plan.approve') && hasDraft],
    ['appointManager', open && can('case.plan.approve')],
    ['monitor', open && can('case.manage') && approved],
    ['refer', open && can('referral.send')],
    ['certificate', can('person.register')],
    ['upload', can('case.document')],
    ['rentFund', open && can('case.manage')],
    ['close', open && can('case.close') && approved],
    ['reopen', !open && !detail.transferredTo && can('case.close')],
  ];
  return actions.filter(([, allowed]) => allowed).map(([name]) => name);
}
