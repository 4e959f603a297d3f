// Server messages of the case path: refused transitions and case rules.
export const cases = {
  caseClosed: 'This case is closed. Reopen it first.',
} as const;
