// Strings of the social fund and subsidies to NGOs (web).
export const socialFund = {} as const;
