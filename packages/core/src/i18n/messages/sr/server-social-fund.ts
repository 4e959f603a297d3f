// Strings of the social fund and subsidies to NGOs (server).
export const socialFund = {} as const;
