// Server messages about uploaded documents.
export const documents = {
  tooLarge: 'The file is larger than {{max}} MB.',
} as const;
