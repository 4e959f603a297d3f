// Child protection's addresses (the router and the navigation use them).
export const careChildPaths = { representatives: '/care/representatives' } as const;
