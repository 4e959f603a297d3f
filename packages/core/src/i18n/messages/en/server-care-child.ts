// Server messages of child protection (protection plan, intersectoral group, reports to the
// State Agency, yearly list of procedural representatives).
export const careChild = {
  approverScope: 'Only the child-protection worker can approve a protection plan.',
  planNotDraft: 'Only a draft protection plan can be approved.',
  periodReported: 'The report for this period has already been submitted to the State Agency.',
  groupMemberExists: 'This institution already sits in the group in this role.',
  fields: {
    periodReported: 'This period has already been reported.',
    supervisorScope: 'Choose a child-protection worker to supervise the plan.',
    periodNotStarted: 'This reporting period has not begun yet.',
    userNotInInstitution: 'This person does not work in the chosen institution.',
    notMunicipality: 'Choose a municipality.',
  },
  representatives: {
    sheet: 'Representatives',
    fileName: 'procedural-representatives',
    title: 'Procedural representatives of children, {{municipality}}, {{year}}',
    number: 'No.',
    fullName: 'Full name',
    institution: 'Institution',
    qualification: 'Role / qualification',
    appointedOn: 'Appointed on',
  },
};
