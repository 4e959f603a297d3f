import type { AgendaItemView, LocalizedText } from '@vatra/core';
import type { OfficialDocument } from '../../../pdf/document.js';
import type { Words } from './words.js';

export interface MinutesFacts {
  number: string;
  heldOn: string;
  place: string | null;
  quorum: number;
  minutes: string | null;
  commission: LocalizedText;
  municipality: LocalizedText;
  country: LocalizedText;
  members: { name: string; role: 'chair' | 'member' | 'secretary'; present: boolean }[];
  agenda: AgendaItemView[];
}

function votes(item: AgendaItemView): string {
  const count = (vote: string) => item.votes.filter((v) => v.vote === vote).length;
  return `${count('for')} / ${count('against')} / ${count('abstain')} / ${count('excluded')}`;
}

function result(w: Words, item: AgendaItemView): string {
  if (item.appealOutcome) {
    const outcome = w.t(`outcome.${item.appealOutcome}`);
    return item.decision ? `${outcome} (${item.decision.number})` : outcome;
  }
  if (item.decision) return `${item.decision.number}: ${w.t(`outcome.${item.decision.outcome}`)}`;
  return w.t('minutes.undecided');
}

/** The minutes of a meeting: who was there, the agenda with each vote and decision, the notes. */
export function minutesPaper(w: Words, facts: MinutesFacts): OfficialDocument {
  const commission = w.text(facts.commission);
  const municipality = w.text(facts.municipality);
  const presentVoting = facts.members.filter((m) => m.present && m.role !== 'secretary').length;
  const conflicts = facts.agenda.flatMap((item) =>
    item.votes
      .filter((v) => v.conflictDeclared)
      .map((v) => w.t('minutes.conflict', { member: v.user.fullName, request: item.dossier.requestNumber })),
  );
  const role = (name: 'chair' | 'secretary') => facts.members.find((m) => m.role === name)?.name;
  const chair = role('chair');
  const secretary = role('secretary');
  return {
    locale: w.locale,
    header: { country: w.text(facts.country), institution: commission, municipality },
    title: w.t('minutes.title'),
    number: facts.number,
    date: facts.heldOn,
    intro: w.t('minutes.intro', { number: facts.number, commission, date: w.date(facts.heldOn) }),
    sections: [
      {
        fields: [
          { label: w.t('minutes.place'), value: facts.place ?? '—' },
          {
            label: w.t('minutes.quorum'),
            value: w.t('minutes.quorumValue', { quorum: facts.quorum, present: presentVoting }),
          },
        ],
      },
      {
        heading: w.t('minutes.members'),
        fields: facts.members.map((m) => ({
          label: w.t(`role.${m.role}`),
          value: `${m.name} (${w.t(m.present ? 'minutes.present' : 'minutes.absent')})`,
        })),
      },
      facts.agenda.length
        ? {
            heading: w.t('minutes.agenda'),
            table: {
              columns: [
                w.t('minutes.columns.position'),
                w.t('minutes.columns.dossier'),
                w.t('minutes.columns.applicant'),
                w.t('minutes.columns.votes'),
                w.t('minutes.columns.result'),
              ],
              rows: facts.agenda.map((item) => [
                String(item.position),
                item.dossier.requestNumber,
                item.dossier.personName,
                votes(item),
                result(w, item),
              ]),
            },
          }
        : { heading: w.t('minutes.agenda'), paragraphs: [w.t('minutes.noItems')] },
      {
        heading: w.t('minutes.conflicts'),
        paragraphs: conflicts.length ? conflicts : [w.t('minutes.noConflicts')],
      },
      {
        heading: w.t('minutes.notes'),
        paragraphs: facts.minutes ? facts.minutes.split(/\n{2,}/) : [w.t('minutes.notClosed')],
      },
    ],
    signatures: [
      { role: w.t('role.chair'), ...(chair ? { name: chair } : {}) },
      { role: w.t('role.secretary'), ...(secretary ? { name: secretary } : {}) },
    ],
    footer: `${commission} · ${municipality}`,
  };
}
