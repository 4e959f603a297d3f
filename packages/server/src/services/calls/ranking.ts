import type { CallRanking, RankingEntry, ScoreLine } from '@vatra/core';
import { sql } from 'kysely';
import { callDb, type StoredCriterion, type StoredScoreLine } from '../../storage/calls/tables.js';
import type { AccessContext } from '../access/context.js';
import { caseVisible } from '../cases/visibility.js';
import { isRunner, requireCall, type CallDeps } from './read.js';

/** The breakdown as shown: every criterion of the call, with what it is worth and what it gave. */
export function breakdownView(criteria: StoredCriterion[], stored: StoredScoreLine[]): ScoreLine[] {
  return criteria.map((criterion) => {
    const line = stored.find((s) => s.criterion === criterion.code);
    return {
      criterion: criterion.code,
      name: criterion.name,
      kind: criterion.kind,
      points: criterion.points,
      met: line?.met ?? false,
      awarded: line?.met ? line.points : 0,
    };
  });
}

export interface RankInput {
  entry: Omit<RankingEntry, 'rank' | 'cumulativeAmount' | 'funded'>;
  submittedAt: number;
}

/**
 * Ranks scored applications by points (ties: the earlier submission first) and draws the budget
 * line: applications are funded down the list while the running total of the amounts requested
 * stays within the budget; from the first that does not fit, none below is funded (the line is
 * one line, not a packing of the leftover money). Unscored applications follow, unranked.
 */
export function rankApplications(
  inputs: RankInput[],
  budget: number,
): { items: RankingEntry[]; fundedCount: number; fundedAmount: number } {
  const scored = inputs
    .filter((input) => input.entry.scored)
    .sort(
      (a, b) =>
        (b.entry.totalPoints ?? 0) - (a.entry.totalPoints ?? 0) ||
        a.submittedAt - b.submittedAt ||
        a.entry.requestNumber.localeCompare(b.entry.requestNumber),
    );
  const unscored = inputs
    .filter((input) => !input.entry.scored)
    .sort((a, b) => a.submittedAt - b.submittedAt);
  let running = 0;
  let open = true;
  let fundedCount = 0;
  let fundedAmount = 0;
  const items: RankingEntry[] = scored.map((input, index) => {
    const amount = input.entry.amountRequested ?? 0;
    running += amount;
    open = open && running <= budget;
    if (open) {
      fundedCount++;
      fundedAmount += amount;
    }
    return { ...input.entry, rank: index + 1, cumulativeAmount: running, funded: open };
  });
  for (const input of unscored)
    items.push({ ...input.entry, rank: null, cumulativeAmount: null, funded: false });
  return { items, fundedCount, fundedAmount };
}

/**
 * The submitted applications of a call, ranked, with each breakdown and the budget line. The
 * running institution sees every applicant; others see the names of the cases they may see.
 * The read is audited.
 */
export async function getRanking(access: AccessContext, deps: CallDeps, id: string): Promise<CallRanking> {
  access.requireUser();
  void deps;
  const call = await requireCall(access, id);
  const runner = isRunner(access, call) && (access.has('request.review') || access.has('request.decide'));
  const rows = await callDb(access.db)
    .selectFrom('requests as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .leftJoin('call_application_scores as s', 's.request_id', 'r.id')
    .leftJoin('users as su', 'su.id', 's.scored_by')
    .select([
      'r.id',
      'r.number',
      'r.status',
      'r.case_id',
      'r.person_id',
      'r.amount_requested',
      'r.submitted_at',
      'r.created_at',
      'c.number as caseNumber',
      'p.first_name as firstName',
      'p.last_name as lastName',
      's.breakdown',
      's.total_points',
      's.note',
      's.scored_by',
      's.scored_at',
      's.version as scoreVersion',
      'su.full_name as scoredByName',
    ])
    .select((access.has('case.read') ? caseVisible(access, 'c') : sql<boolean>`false`).as('visible'))
    .where('r.call_id', '=', call.id)
    .where('r.status', 'not in', ['draft', 'withdrawn'])
    .execute();
  const inputs: RankInput[] = rows.map((row) => {
    const shown = runner || Boolean(row.visible);
    const scored = row.total_points !== null;
    return {
      submittedAt: new Date(row.submitted_at ?? row.created_at).getTime(),
      entry: {
        requestId: row.id,
        requestNumber: row.number,
        requestStatus: row.status,
        person: shown ? { id: row.person_id, firstName: row.firstName, lastName: row.lastName } : null,
        caseId: shown ? row.case_id : null,
        caseNumber: shown ? row.caseNumber : null,
        submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
        amountRequested: row.amount_requested === null ? null : Number(row.amount_requested),
        scored,
        totalPoints: row.total_points,
        breakdown: breakdownView(call.criteria, row.breakdown ?? []),
        note: row.note,
        scoredBy:
          row.scored_by && row.scoredByName ? { id: row.scored_by, fullName: row.scoredByName } : null,
        scoredAt: row.scored_at ? new Date(row.scored_at).toISOString() : null,
        scoreVersion: row.scoreVersion ?? 0,
      },
    };
  });
  const budget = Number(call.budget);
  const ranked = rankApplications(inputs, budget);
  await access.audit(access.db, {
    action: 'call.ranking',
    recordType: 'call',
    recordId: call.id,
    details: { applications: ranked.items.length },
  });
  return {
    callId: call.id,
    budget,
    currency: call.currency,
    fundedCount: ranked.fundedCount,
    fundedAmount: ranked.fundedAmount,
    remaining: budget - ranked.fundedAmount,
    canScore:
      isRunner(access, call) &&
      access.has('request.review') &&
      (call.status === 'open' || call.status === 'closed'),
    items: ranked.items,
  };
}
