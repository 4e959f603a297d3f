// Strings of employment-office links (economic assistance, job seekers) (server).
export const employment = {} as const;
