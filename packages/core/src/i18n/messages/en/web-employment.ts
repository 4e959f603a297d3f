// Strings of employment-office links (economic assistance, job seekers) (web).
export const employment = {} as const;
