// Domestic violence's addresses (the router and the navigation use them).
export const careDvPaths = { steering: '/care/dv-steering' } as const;
