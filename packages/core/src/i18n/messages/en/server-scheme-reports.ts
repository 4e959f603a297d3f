// Refusals of the quarterly scheme report.
export const schemeReports = {
  notRecommendingOffice:
    'Only the Municipal Office for Communities and Return of this municipality enters recommendations for its scheme report.',
  staleRecommendation:
    'Someone saved a newer recommendation for this quarter meanwhile. Reload the report and enter yours again.',
  futureQuarter: 'This quarter has not begun yet.',
  unknownScheme: 'No such scheme in the catalogue.',
  notMunicipality: 'Choose a municipality.',
};
