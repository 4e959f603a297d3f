// Server messages of domestic-violence cases: protection orders, reports, technical group.
export const careDv = {
  notDvCase: 'This care case is not marked as domestic violence.',
  orderExpired: 'Protection order {{orderNumber}} ended on {{validUntil}}: no report is due after its end.',
  noReportDue: 'Every report protection order {{orderNumber}} calls for has been submitted.',
  fields: {
    institutionRequired: 'Choose an institution or write the name of one outside Vatra.',
    validUntilBeforeIssue: 'The order cannot end before it was issued.',
    notInMunicipality: 'Choose a municipality.',
    futureDate: 'The date cannot be in the future.',
    userNotOfInstitution: 'This user does not work at the chosen institution.',
    extensionNotLater: 'The extended order must end after its current last day.',
    decidedBeforeIssue: 'The court cannot have decided the extension before the order was issued.',
  },
};
