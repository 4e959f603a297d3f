// The needs-analysis screen's address (the router and the navigation use it).
export const needsAnalysisPaths = { page: '/needs-analysis' } as const;
