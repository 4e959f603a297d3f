// The commission tables of migrations/0007_requests.sql (commission_meetings,
// commission_meeting_members, commission_agenda_items, commission_votes) are typed with the
// requests' tables in storage/requests/tables.ts, which keeps all of 0007 in one place; the
// commissions service reads them through these names.
export {
  requestDb as commissionDb,
  type CommissionAgendaItemsTable,
  type CommissionMeetingMembersTable,
  type CommissionMeetingsTable,
  type CommissionVotesTable,
  type RequestDatabase as CommissionDatabase,
} from '../requests/tables.js';
