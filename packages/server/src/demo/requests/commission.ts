import { defaultQuorum } from '@vatra/core';
import type { AppealOutcome } from '../../storage/requests/tables.js';
import { MUNICIPALITIES, type Municipality } from '../cases/names.js';
import { pick, random } from '../cases/plan.js';
import { decideAppeal } from './appeals.js';
import { PLACE, type Actor } from './context.js';
import type { Agenda, Lifecycle, Live } from './lifecycle.js';
import { DAY, MINUTE, isoDate, type Row, type Sink } from './rows.js';
import { MEETING_PLACE, RETURNED_REASONS, UPHELD_REASONS } from './texts.js';

// The commissions' year: the KKR meets about once a month, the Appeals Commission when appeals
// wait. Each meeting is what services/commissions writes: planned (numbered per commission type,
// municipality and year) by the secretary or chair, an agenda of the dossiers ready by then,
// attendance, every member's vote (a member with a conflict declares it and is excluded), the
// decision of each item through the requests' own rules, and the minutes at closing.

type Kind = 'KKR' | 'KA';

interface Waiting {
  live: Live;
  readyAt: number;
}

/** Each town's name in the genitive, as the meeting place reads it ("Komunës së Pejës"). */
const TOWN: Record<Municipality, string> = { 'XK-KAC': 'Kaçanikut', 'XK-PEJ': 'Pejës', 'XK-GJL': 'Gjilanit' };
/** Weekday of each municipality's meetings (Tuesday, Wednesday, Thursday), so they do not clash. */
const WEEKDAY: Record<Municipality, number> = { 'XK-PEJ': 2, 'XK-GJL': 3, 'XK-KAC': 4 };
/** Items one meeting takes at most; the rest wait for the next. */
const MAX_ITEMS = 9;

/** The nth given weekday of a month, at an hour (UTC). */
function nthWeekday(year: number, month: number, weekday: number, nth: number, hour: number): number {
  const first = new Date(Date.UTC(year, month, 1, hour));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return first.getTime() + (offset + (nth - 1) * 7) * DAY;
}

/**
 * A meeting of the last year that is over by "now": its votes, decisions and minutes are written
 * as it goes (12 minutes an item), so one still sitting has not happened yet.
 */
function held(at: number, now: number): boolean {
  return at > now - 366 * DAY && at + (MAX_ITEMS + 2) * 12 * MINUTE < now;
}

export class Commissions implements Agenda {
  private readonly queues = new Map<string, Waiting[]>();
  private readonly rand = random(0xc0de);
  private items = 0;

  constructor(
    private readonly sink: Sink,
    private readonly life: Lifecycle,
  ) {}

  kkr(live: Live, readyAt: number): void {
    this.queue('KKR', live.spec.municipality).push({ live, readyAt });
  }

  appeal(live: Live, readyAt: number): void {
    this.queue('KA', live.spec.municipality).push({ live, readyAt });
  }

  private queue(kind: Kind, m: Municipality): Waiting[] {
    const key = `${kind}/${m}`;
    let list = this.queues.get(key);
    if (!list) this.queues.set(key, (list = []));
    return list;
  }

  /** The meeting days of the year before "now": KKR on the 2nd, Appeals Commission on the 4th weekday. */
  scheduleYear(): void {
    const now = new Date(this.sink.now);
    for (const m of MUNICIPALITIES)
      for (let back = 12; back >= 0; back--) {
        const year = now.getUTCFullYear();
        const month = now.getUTCMonth() - back;
        const kkr = nthWeekday(year, month, WEEKDAY[m], 2, 8);
        const ka = nthWeekday(year, month, WEEKDAY[m], 4, 10);
        if (held(kkr, now.getTime())) this.sink.schedule(kkr, (at) => this.meet('KKR', m, at));
        if (held(ka, now.getTime())) this.sink.schedule(ka, (at) => this.meet('KA', m, at));
      }
  }

  private meet(kind: Kind, m: Municipality, at: Date): void {
    const queue = this.queue(kind, m);
    // Dossiers ready at least two days before (the agenda goes out with the invitation).
    const ready = queue.filter((w) => w.readyAt <= at.getTime() - 2 * DAY).slice(0, MAX_ITEMS);
    if (ready.length === 0) return;
    for (const w of ready) queue.splice(queue.indexOf(w), 1);
    const sink = this.sink;
    const place = PLACE[m];
    const people =
      kind === 'KKR'
        ? { chair: `kkr.${place}`, members: [`kkr2.${place}`, `kkr3.${place}`], secretary: `kkrsek.${place}` }
        : { chair: `ka.${place}`, members: [`ka2.${place}`, `ka3.${place}`], secretary: null };
    const chair = sink.actor(people.chair);
    const members = people.members.map((u) => sink.actor(u));
    const secretary = people.secretary ? sink.actor(people.secretary) : null;
    const officer = secretary ?? chair;
    const heldOn = isoDate(at);
    const quorum = defaultQuorum(1 + members.length);
    const absent = this.rand() < 0.2 ? members[1] : undefined;
    const meetingId = sink.uuid();
    const meeting: Row<'commission_meetings'> = {
      id: meetingId,
      institution_id: sink.institution(`${kind}-${m}`),
      number: sink.bodyNumber('meeting', kind, m, heldOn),
      held_on: heldOn,
      place: MEETING_PLACE(TOWN[m]),
      status: 'closed',
      quorum,
      minutes: null,
      created_by: officer.id,
      // Planned a week ahead, during office hours.
      created_at: new Date(at.getTime() - 7 * DAY + 2 * 60 * MINUTE),
      version: 1,
      updated_at: at,
    };
    sink.rows.meetings.push(meeting);
    const roster: { actor: Actor; role: 'chair' | 'member' | 'secretary' }[] = [
      { actor: chair, role: 'chair' },
      ...members.map((actor) => ({ actor, role: 'member' as const })),
      ...(secretary ? [{ actor: secretary, role: 'secretary' as const }] : []),
    ];
    for (const r of roster)
      sink.rows.members.push({
        meeting_id: meetingId,
        user_id: r.actor.id,
        role: r.role,
        present: r.actor !== absent,
      });
    // setAgenda and setAttendance: one version each.
    let version = 3;
    const voters = [chair, ...members].filter((a) => a !== absent);
    const tallies = { approved: 0, partly_approved: 0, rejected: 0, upheld: 0, overturned: 0, returned: 0 };
    ready.forEach((w, index) => {
      const when = new Date(at.getTime() + (index + 1) * 12 * MINUTE);
      const itemId = sink.uuid();
      sink.rows.items.push({
        id: itemId,
        meeting_id: meetingId,
        position: index + 1,
        request_id: w.live.row.id,
        appeal_id: kind === 'KA' ? (w.live.appeal?.id ?? null) : null,
      });
      const outcome = this.outcomeOf(kind, w.live);
      const carried = kind === 'KKR' ? outcome !== 'rejected' : outcome !== 'upheld';
      // A member who knows the family well declares a conflict of interest now and then.
      const conflicted = voters.length === 3 && this.items++ % 7 === 3 ? voters[2] : undefined;
      const counted = voters.filter((v) => v !== conflicted);
      const votes = this.votesFor(counted.length, carried);
      const tally = { for: 0, against: 0, abstain: 0, excluded: conflicted ? 1 : 0 };
      const base = {
        meetingId,
        meetingNumber: meeting.number,
        itemId,
        requestId: w.live.row.id,
        requestNumber: w.live.row.number,
        appealId: kind === 'KA' ? (w.live.appeal?.id ?? null) : null,
      };
      for (const voter of voters) {
        const vote = voter === conflicted ? 'excluded' : (votes[counted.indexOf(voter)] ?? 'for');
        if (vote !== 'excluded') tally[vote] += 1;
        sink.rows.votes.push({
          item_id: itemId,
          user_id: voter.id,
          vote,
          conflict_declared: vote === 'excluded',
          recorded_at: when,
        });
        sink.event(
          w.live.row.case_id,
          officer,
          when,
          'commission.vote',
          { ...base, memberId: voter.id, vote, conflictDeclared: vote === 'excluded' },
          w.live.row.person_id,
        );
      }
      const details: Record<string, unknown> = { ...base, quorum, tally, carried };
      if (kind === 'KKR') {
        const decision = outcome as 'approved' | 'partly_approved' | 'rejected';
        const recorded = this.life.recordDecision(w.live, when, {
          institutionId: meeting.institution_id,
          typeCode: 'KKR',
          meetingItemId: itemId,
          outcome: decision,
          amount: this.life.amountFor(w.live, decision),
          reasons: this.life.reasonsFor(w.live, decision, 'KKR'),
          by: officer,
        });
        Object.assign(details, {
          outcome: decision,
          decisionId: recorded.id,
          decisionNumber: recorded.number,
        });
      } else {
        const appealOutcome = outcome as AppealOutcome;
        const reasons =
          appealOutcome === 'upheld'
            ? pick(this.rand, UPHELD_REASONS)
            : appealOutcome === 'returned'
              ? pick(this.rand, RETURNED_REASONS)
              : this.life.reasonsFor(w.live, 'approved', 'KA');
        decideAppeal(this.life, w.live, when, appealOutcome, itemId, reasons, officer);
        details.appealOutcome = appealOutcome;
      }
      tallies[outcome] += 1;
      version += 1;
      sink.event(w.live.row.case_id, officer, when, 'commission.decided', details, w.live.row.person_id);
    });
    const closedAt = new Date(at.getTime() + (ready.length + 2) * 12 * MINUTE);
    const summary =
      kind === 'KKR'
        ? `miratuar ${tallies.approved}, miratuar pjesërisht ${tallies.partly_approved}, refuzuar ${tallies.rejected}`
        : `ankesa të refuzuara ${tallies.upheld}, vendime të ndryshuara ${tallies.overturned}, kthyer për rishqyrtim ${tallies.returned}`;
    Object.assign(meeting, {
      minutes: `Të pranishëm: ${roster
        .filter((r) => r.actor !== absent)
        .map((r) => r.actor.fullName)
        .join(
          ', ',
        )}${absent ? `. Mungon me arsye: ${absent.fullName}` : ''}. Kuorumi: ${quorum}. Pika të vendosura: ${ready.length} (${summary}).`,
      version: version + 1,
      updated_at: closedAt,
    });
  }

  /** What the vote decides for this dossier: its story's outcome (after a return: approved). */
  private outcomeOf(kind: Kind, live: Live) {
    if (kind === 'KA') return live.spec.appeal ?? 'upheld';
    return live.appeal?.outcome === 'returned' ? 'approved' : live.spec.outcome;
  }

  /** Votes of the counted members that carry (or not) by a majority of them. */
  private votesFor(counted: number, carried: boolean): ('for' | 'against' | 'abstain')[] {
    const dissent = counted === 3 && this.rand() < 0.35;
    if (carried)
      return Array.from({ length: counted }, (_, i) =>
        dissent && i === 2 ? pick(this.rand, ['against', 'abstain'] as const) : 'for',
      );
    return Array.from({ length: counted }, (_, i) => (dissent && i === 0 ? 'for' : 'against'));
  }
}
