// Strings of the case screens (case file, visit, plan, referrals, monitoring, closure, queues).
export const cases = {
  title: 'Cases',
} as const;
