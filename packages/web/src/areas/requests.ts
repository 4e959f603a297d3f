// Route chunk: support schemes beyond one case — calls, commission meetings, scheme reports.
// Loaded by router.tsx on the first visit to one of these pages.
export { CallPage } from '../features/calls/CallPage';
export { CallsPage } from '../features/calls/CallsPage';
export { MeetingPage } from '../features/commissions/MeetingPage';
export { MeetingsPage } from '../features/commissions/MeetingsPage';
export { SchemeReportPage } from '../features/scheme-reports/SchemeReportPage';
