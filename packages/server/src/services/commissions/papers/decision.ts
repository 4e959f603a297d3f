import type { OfficialDocument } from '../../../pdf/document.js';
import type { DecisionFacts } from './load.js';
import type { Words } from './words.js';

/** The operative sentence: approved (with the amount), partly approved, or rejected. */
export function operativeSentence(w: Words, facts: DecisionFacts): string {
  const d = facts.decision;
  const scheme = facts.request.schemeName ? w.text(facts.request.schemeName) : facts.request.schemeCode;
  const amount = w.money(d.amount, d.currency);
  if (d.outcome === 'rejected') return w.t('decision.rejected', { scheme });
  if (d.outcome === 'partly_approved') return w.t('decision.partly_approved', { scheme, amount });
  return d.amount === null
    ? w.t('decision.approved', { scheme })
    : w.t('decision.approvedAmount', { scheme, amount });
}

/** An Appeals Commission's decision ends the administrative procedure; a first decision may be appealed. */
export function isFinal(facts: DecisionFacts): boolean {
  return facts.institution.typeCode === 'KA';
}

/** A decision on a request, by a commission at its meeting or by an institution directly. */
export function decisionPaper(w: Words, facts: DecisionFacts): OfficialDocument {
  const institution = w.text(facts.institution.typeName);
  const municipality = w.text(facts.municipality);
  const d = facts.decision;
  const intro = facts.meeting
    ? w.t('decision.introMeeting', {
        institution,
        meeting: facts.meeting.number,
        date: w.date(facts.meeting.heldOn),
        request: facts.request.number,
        name: facts.person.name,
      })
    : w.t('decision.introDirect', { institution, request: facts.request.number, name: facts.person.name });
  return {
    locale: w.locale,
    header: { country: w.text(facts.country), institution, municipality },
    title: w.t('decision.title'),
    number: d.number,
    date: d.decidedOn,
    intro,
    sections: [
      {
        paragraphs: [
          operativeSentence(w, facts),
          ...(facts.overturned ? [w.t('decision.overturns', { previous: facts.overturned })] : []),
        ],
      },
      {
        fields: [
          { label: w.t('fields.applicant'), value: facts.person.name },
          { label: w.t('fields.personalNumber'), value: facts.person.personalNumber ?? '—' },
          {
            label: w.t('fields.address'),
            value: [facts.person.address, municipality].filter(Boolean).join(', '),
          },
          { label: w.t('fields.request'), value: facts.request.number },
          {
            label: w.t('fields.scheme'),
            value: facts.request.schemeName ? w.text(facts.request.schemeName) : facts.request.schemeCode,
          },
          {
            label: w.t('fields.requested'),
            value: w.money(facts.request.amountRequested, facts.request.currency),
          },
          { label: w.t('fields.granted'), value: w.money(d.amount, d.currency) },
        ],
      },
      {
        heading: w.t('decision.reasons'),
        paragraphs: [d.reasons, ...(facts.meeting ? [w.t('decision.vote', facts.meeting.tally)] : [])],
      },
      {
        heading: w.t('decision.remedy'),
        paragraphs: [
          isFinal(facts)
            ? w.t('decision.remedyFinal')
            : w.t('decision.remedyAppeal', { municipality, days: facts.request.appealWindowDays }),
        ],
      },
    ],
    signatures: facts.meeting
      ? [{ role: w.t('decision.chair'), ...(facts.meeting.chair ? { name: facts.meeting.chair } : {}) }]
      : [{ role: w.t('decision.official'), name: d.decidedBy }],
    footer: `${institution} · ${municipality}`,
  };
}
