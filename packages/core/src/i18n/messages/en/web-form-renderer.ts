// Strings of the generic form renderer (FVN, anamnesis, monitoring and every form defined as data).
export const formRenderer = {
  submit: 'Submit form',
} as const;
