// Field validation messages: shared by the server's answers and the web's forms, so they live
// apart from the rest of `server` and the browser's catalog (browser.ts) can take them alone.
export const fields = {
  required: 'Required.',
  tooShort: 'At least {{min}} characters.',
  tooLong: 'At most {{max}} characters.',
  tooSmall: 'At least {{min}}.',
  tooBig: 'At most {{max}}.',
  invalid: 'Not valid.',
  invalidFormat: 'Wrong format.',
  invalidOption: 'Choose one of the offered options.',
  invalidEmail: 'Not a valid e-mail address.',
  invalidDate: 'Not a valid date.',
  notNumber: 'Must be a number.',
  unknownField: 'Unknown field.',
  nulCharacter:
    'Contains an invisible control character (NUL) that cannot be saved. Remove it and try again.',
  tooFew: 'Choose at least {{min}}.',
  possibleDuplicate: 'Possible duplicate of a registered person.',
  oneHead: 'Exactly one member must be the head of the household.',
} as const;
