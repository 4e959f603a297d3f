import type { OfficialDocument } from '../../../pdf/document.js';
import { isFinal, operativeSentence } from './decision.js';
import type { DecisionFacts } from './load.js';
import type { Words } from './words.js';

/** The letter telling the applicant what was decided, why, and how to appeal, in their language. */
export function notificationPaper(w: Words, facts: DecisionFacts, sentOn: string): OfficialDocument {
  const institution = w.text(facts.institution.typeName);
  const municipality = w.text(facts.municipality);
  const d = facts.decision;
  const positive = d.outcome !== 'rejected';
  return {
    locale: w.locale,
    header: { country: w.text(facts.country), institution, municipality },
    title: w.t('notification.title'),
    number: d.number,
    date: sentOn,
    intro: w.t('notification.to', {
      name: facts.person.name,
      address: [facts.person.address, municipality].filter(Boolean).join(', '),
    }),
    sections: [
      {
        paragraphs: [
          w.t('notification.text', {
            number: d.number,
            date: w.date(d.decidedOn),
            institution,
            request: facts.request.number,
          }),
          operativeSentence(w, facts),
          w.t('notification.reasons', { reasons: d.reasons }),
          isFinal(facts)
            ? w.t('notification.final')
            : w.t('notification.appeal', { municipality, days: facts.request.appealWindowDays }),
          ...(positive && facts.request.executingType ? [w.t('notification.execution')] : []),
          ...(facts.caseManager ? [w.t('notification.help', { manager: facts.caseManager })] : []),
        ],
      },
    ],
    signatures: [
      { role: w.t('notification.signature'), ...(facts.meeting?.chair ? { name: facts.meeting.chair } : {}) },
    ],
    footer: `${institution} · ${municipality}`,
  };
}
