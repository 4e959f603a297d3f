// The server has no list of form definitions yet (only GET /api/forms/:key), so the forms the
// administration page offers are the keys shipped in config/forms/<country>/. A country that
// lacks one answers 404 and the page says so. Replace with the list endpoint when there is one.
export const KNOWN_FORM_KEYS = ['fvn', 'anamnesis', 'monitoring'] as const;
