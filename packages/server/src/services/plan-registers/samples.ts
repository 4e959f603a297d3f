import type { PlanRegisterInput, PlanRegisterKind } from '@vatra/core';

/** One valid entry of each register, for tests: invented people in real Peja places. */
export function sampleEntry(kind: PlanRegisterKind, caseIds: string[] = []): PlanRegisterInput {
  switch (kind) {
    case 'team':
      return {
        kind,
        name: 'Arta Nimani',
        institution: 'Zyra Komunale për Komunitete dhe Kthim',
        teamRole: 'chair',
        decisionNumber: '01-016/2026-112',
        decisionDate: '2026-02-10',
        from: '2026-02-10',
      };
    case 'meeting':
      return {
        kind,
        meetingType: 'case_conference',
        date: '2026-03-05',
        place: 'Komuna e Pejës, salla e mbledhjeve',
        participants: ['Arta Nimani (ZKKK)', 'Ardian Kelmendi (QPS)'],
        caseIds,
        minutes: 'U diskutuan nevojat për strehim dhe regjistrimin në shkollë.',
      };
    case 'training':
      return {
        kind,
        topic: 'Vlerësimi i nevojave të familjeve të riatdhesuara (FVN)',
        date: '2026-04-14',
        organiser: 'DRPR',
        participantsCount: 12,
        participants: ['Arta Nimani', 'Ardian Kelmendi'],
        institutions: ['ZKKK Pejë', 'QPS Pejë'],
        hours: 6,
      };
    case 'contact':
      return {
        kind,
        name: 'Gani Thaqi',
        institution: 'Zyra e Punësimit Pejë',
        position: 'Këshilltar për punësim',
        phone: '+383 44 123 456',
        email: 'gani.thaqi@example.org',
        languages: ['sq', 'sr'],
      };
    case 'project':
      return {
        kind,
        title: 'Mbështetje për vetëpunësim të të riatdhesuarve',
        donor: 'GIZ',
        implementer: 'OJQ Iniciativa 6',
        from: '2026-01-01',
        to: '2027-12-31',
        budget: 120000,
        currency: 'EUR',
        services: 'Grante për biznese të vogla dhe trajnime për plan biznesi',
        targetGroup: 'Të riatdhesuarit e papunë',
        scope: 'municipality',
      };
    case 'risk':
      return {
        kind,
        description: 'Mungesa e buxhetit komunal për strehim social',
        likelihood: 4,
        impact: 5,
        owner: 'Drejtoria e Shëndetësisë dhe Mirëqenies Sociale',
        mitigation: 'Kërkesë për fonde te donatorët dhe ndarje në buxhetin e vitit të ardhshëm',
      };
    case 'outreach':
      return {
        kind,
        eventType: 'information_meeting',
        date: '2026-05-20',
        title: 'Takim informues për dokumentet personale',
        communities: ['roma', 'egyptian'],
        languages: ['sq', 'rom'],
        channel: 'community_mediator',
        place: 'Lagjja 7 Shtatori, Pejë',
        participantsCount: 34,
        caseIds,
      };
  }
}
