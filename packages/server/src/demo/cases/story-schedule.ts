import { addDeadline } from '@vatra/core';
import { DAY, HOUR, isoDate, type CaseState, type Row } from './build-context.js';
import { demoFamily } from './family.js';
import { FOREIGN_ORIGINS } from './names.js';
import { between, random, type CaseSpec, type ReferralFate, type TransferProgress } from './plan.js';
import { recordVisit, submitAnamnesis, submitFvn } from './steps-assessment.js';
import { closeCase, reopenCase } from './steps-closure.js';
import { uploadFvnScan, uploadIdCopy } from './steps-documents.js';
import { addMonitoring, appointManager } from './steps-monitoring.js';
import { approvePlan, draftPlan } from './steps-plan.js';
import { answerReferral, sendReferral } from './steps-referrals.js';
import { issueCertificate, registerCase } from './steps-registration.js';
import type { Workbench } from './workbench.js';

// When each step of a demo case's story happens: the same schedule the case services were driven
// on, from the registration through the visit, FVN, plan, case manager, referrals and monthly
// monitoring to the closure and what follows it (a transfer or a reopening). Each moment is drawn
// from the case's own seeded generator; the steps themselves (steps-*.ts) run later, in time order.

const NOT_FOUND = 'Askush në adresë; fqinjët thonë se familja qëndron te të afërmit.';

/** Schedules every step of one case's story on the workbench. */
export function scheduleStory(w: Workbench, spec: CaseSpec): void {
  const rand = random(spec.seed ^ 0x71e);
  const anchor = w.anchor;
  const start =
    spec.target === 'closure_due'
      ? addDeadline(new Date(anchor + (spec.closureInDays ?? 10) * DAY), { value: -18, unit: 'months' })
      : new Date(anchor - spec.startDaysAgo * DAY);
  // Office hours, Kosovo time (UTC+1/+2): 07:00–14:00 UTC.
  if (spec.target !== 'registered') start.setUTCHours(7 + Math.floor(rand() * 7), Math.floor(rand() * 60));
  const family = demoFamily(spec, new Date(anchor), isoDate(start));
  let state: CaseState | undefined;
  const current = () => state;
  const end = spec.closeAfterDays !== undefined ? start.getTime() + spec.closeAfterDays * DAY : anchor;
  const after = (from: number, minDays: number, maxDays: number) =>
    from + between(rand, minDays, maxDays) * DAY;

  w.schedule(start.getTime(), (at) => {
    state = registerCase(w, spec, family, at);
  });
  const t0 = start.getTime();
  if (spec.certificate && !FOREIGN_ORIGINS.has(spec.origin)) {
    const when = spec.target === 'registered' ? t0 + HOUR : after(t0, 0.1, 6);
    if (when < anchor) w.schedule(when, (at) => issueCertificate(w, current(), at));
  }
  if (spec.documents) {
    const when = spec.target === 'registered' ? t0 + 0.5 * HOUR : after(t0, 0.2, 3);
    if (when < anchor)
      w.schedule(when, (at) =>
        uploadIdCopy(w, current(), at, spec.correctedDocument && spec.target === 'visited'),
      );
  }
  if (spec.target === 'registered') return;
  if (spec.target === 'visit_overdue') {
    const when = after(t0, 1.2, 2.6);
    if (spec.failedVisit) w.schedule(when, (at) => recordVisit(w, current(), 'not_found', at, NOT_FOUND));
    return;
  }
  const late = rand() < 0.12;
  const visited = late ? after(t0, 3.3, 5) : after(t0, 0.4, 2.8);
  scheduleVisit(w, current, visited, rand);
  if (spec.target === 'visited') return;

  const assessed = scheduleAssessment(w, spec, current, visited, end, rand);
  if (spec.target === 'assessed') return;
  const planned = schedulePlan(w, spec, current, assessed, rand, spec.target !== 'plan_draft');
  if (spec.target === 'plan_draft' || spec.target === 'plan_approved') return;

  // Case manager, referrals and the monthly monitoring.
  const appointed = after(planned, 0.2, 6);
  w.schedule(appointed, (at) => appointManager(w, current(), at));
  scheduleReferrals(w, spec, current, appointed, end, rand);
  const reopenAt = spec.reopenAfterDays !== undefined ? end + spec.reopenAfterDays * DAY : undefined;
  const cap = { monitoring: 12, closure_due: 14, closed: 8, reopened: 14 }[spec.target] ?? 12;
  scheduleMonitoring(w, current, appointed, end, cap, rand);
  if (spec.target === 'monitoring' || spec.target === 'closure_due') return;

  // Closure, and what came after it.
  let moved: CaseState | undefined;
  w.schedule(end, (at) => {
    moved = closeCase(w, current(), at);
  });
  if (spec.outcome === 'moved' && spec.movedTo) {
    scheduleTransferred(w, spec, () => moved, end, spec.transferProgress ?? 'visit_overdue', rand);
  }
  if (reopenAt !== undefined) {
    w.schedule(reopenAt, (at) => reopenCase(w, current(), at));
    scheduleMonitoring(w, current, reopenAt, anchor, 3, rand, true);
  }
}

function scheduleVisit(
  w: Workbench,
  state: () => CaseState | undefined,
  at: number,
  rand: () => number,
): void {
  const notes = rand() < 0.5 ? 'Familja në shtëpi; u caktua intervista për FVN-në.' : null;
  w.schedule(at, (when) => recordVisit(w, state(), 'completed', when, notes));
}

/** FVN (with its scan), sometimes the social anamnesis; returns when the FVN was in. */
function scheduleAssessment(
  w: Workbench,
  spec: CaseSpec,
  state: () => CaseState | undefined,
  visited: number,
  end: number,
  rand: () => number,
): number {
  const fvnAt = visited + (rand() < 0.4 ? 0.1 : between(rand, 0.5, 5)) * DAY;
  w.schedule(fvnAt, (at) => submitFvn(w, state(), at));
  if (spec.documents) {
    const scanAt = fvnAt + between(rand, 0.05, 3) * DAY;
    if (scanAt < end) w.schedule(scanAt, (at) => uploadFvnScan(w, state(), at, 1));
    if (spec.correctedDocument) {
      const againAt = scanAt + between(rand, 4, 15) * DAY;
      if (againAt < Math.min(end, w.anchor)) w.schedule(againAt, (at) => uploadFvnScan(w, state(), at, 2));
    }
  }
  if (spec.anamnesis) {
    const when = fvnAt + between(rand, 3, 12) * DAY;
    if (when < Math.min(end, w.anchor)) w.schedule(when, (at) => submitAnamnesis(w, state(), at));
  }
  return fvnAt;
}

/** The plan: drafted after the FVN, approved a few days later unless still a draft. */
function schedulePlan(
  w: Workbench,
  spec: CaseSpec,
  state: () => CaseState | undefined,
  fvnAt: number,
  rand: () => number,
  approve: boolean,
): number {
  const drafted = fvnAt + between(rand, 13, 22) * DAY;
  w.schedule(drafted, (at) => draftPlan(w, state(), at));
  if (!approve) return drafted;
  const approved = drafted + between(rand, 2, 8) * DAY;
  w.schedule(approved, (at) => approvePlan(w, state(), at));
  return approved;
}

function scheduleMonitoring(
  w: Workbench,
  state: () => CaseState | undefined,
  from: number,
  until: number,
  cap: number,
  rand: () => number,
  afterReopening = false,
): void {
  const anchor = w.anchor;
  const entries: Date[] = [];
  const first = new Date(from);
  for (let month = 0; month < 30; month++) {
    const day = new Date(
      Date.UTC(
        first.getUTCFullYear(),
        first.getUTCMonth() + month,
        18 + Math.floor(rand() * 9),
        9 + Math.floor(rand() * 5),
      ),
    );
    if (day.getTime() <= from + 3 * DAY) continue;
    const limit = Math.min(until, anchor);
    if (day.getTime() >= limit) {
      // This month's monitoring is done early in the month when the month is far enough along.
      const sameMonth =
        new Date(anchor).getUTCMonth() === day.getUTCMonth() &&
        new Date(anchor).getUTCFullYear() === day.getUTCFullYear();
      const early = anchor - DAY;
      if (
        sameMonth &&
        until >= anchor &&
        new Date(early).getUTCMonth() === day.getUTCMonth() &&
        early > from + 3 * DAY &&
        rand() < 0.3
      )
        entries.push(new Date(early));
      break;
    }
    entries.push(day);
  }
  const kept = entries.slice(-cap);
  kept.forEach((when, index) => {
    const month = afterReopening ? index + 6 : entries.length - kept.length + index;
    const nothing = rand() < (month < 2 ? 0.4 : 0.15);
    w.schedule(when.getTime(), (at) => addMonitoring(w, state(), at, month, nothing));
  });
}

function scheduleReferrals(
  w: Workbench,
  spec: CaseSpec,
  state: () => CaseState | undefined,
  appointed: number,
  end: number,
  rand: () => number,
): void {
  const anchor = w.anchor;
  const limit = Math.min(end, anchor) - HOUR;
  const schedule = (kind: 'education' | 'employment', fate: ReferralFate) => {
    let sent: number;
    if (fate === 'pending_recent') sent = anchor - between(rand, 2, 10) * DAY;
    else if (fate === 'pending_old') sent = anchor - between(rand, 20, 60) * DAY;
    else sent = appointed + between(rand, 4, 20) * DAY;
    if (sent <= appointed) sent = appointed + 2 * HOUR;
    if (sent >= limit) return;
    let referral: Row<'referrals'> | undefined;
    w.schedule(sent, (at) => {
      referral = sendReferral(w, state(), kind, at);
    });
    const chain: { action: 'receive' | 'accept' | 'decline' | 'complete'; days: [number, number] }[] = [];
    if (fate !== 'pending_recent' && fate !== 'pending_old')
      chain.push({ action: 'receive', days: [0.2, 3] });
    if (fate === 'accepted' || fate === 'completed') chain.push({ action: 'accept', days: [1, 5] });
    if (fate === 'declined') chain.push({ action: 'decline', days: [1, 6] });
    if (fate === 'completed') chain.push({ action: 'complete', days: [8, 40] });
    let t = sent;
    for (const link of chain) {
      t += between(rand, link.days[0], link.days[1]) * DAY;
      if (t >= limit) return;
      w.schedule(t, (at) => {
        if (referral) answerReferral(w, state(), kind, referral, link.action, at);
      });
    }
  };
  if (spec.referrals.education) schedule('education', spec.referrals.education);
  if (spec.referrals.employment) schedule('employment', spec.referrals.employment);
}

/** After a move: the new municipality's team takes the case as far as the plan says. */
function scheduleTransferred(
  w: Workbench,
  spec: CaseSpec,
  current: () => CaseState | undefined,
  closed: number,
  progress: TransferProgress,
  rand: () => number,
): void {
  if (progress === 'visit_overdue') return;
  const visited = closed + between(rand, 2, 6) * DAY;
  scheduleVisit(w, current, visited, rand);
  const fvnAt = scheduleAssessment(
    w,
    { ...spec, documents: false, anamnesis: false },
    current,
    visited,
    w.anchor,
    rand,
  );
  if (progress === 'assessed') return;
  const approved = schedulePlan(w, spec, current, fvnAt, rand, true);
  if (progress === 'plan_approved') return;
  const appointed = approved + between(rand, 1, 5) * DAY;
  w.schedule(appointed, (at) => appointManager(w, current(), at));
  scheduleMonitoring(w, current, appointed, w.anchor, 12, rand);
}
