// Strings of the registry screens (find, register, duplicates, merge).
export const registry = {
  title: 'Registry',
} as const;
