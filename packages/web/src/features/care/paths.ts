// The social-care screens' addresses (the router and the navigation use them).
export const carePaths = {
  list: '/care',
  directory: '/care/directory',
  case: '/care/cases/:id',
} as const;

export const careCasePath = (id: string) => `/care/cases/${encodeURIComponent(id)}`;
