// The renderer's look (kept out of JSX, see components/presets.ts).

export const look = {
  /** A section of the form. */
  section: { p: 'md', withBorder: true },
  sectionBody: { gap: 'md' },
  /** The inputs of a section, one under another, not wider than is comfortable to read. */
  fields: { gap: 'md', maw: 760 },
  /** The answers of a member in a repeated section. */
  memberTitle: { order: 5, mt: 'xs' },
  /** Options of a single or multiple choice side by side. */
  choices: { cols: { base: 1, sm: 2 }, spacing: 'xs', verticalSpacing: 6, mt: 6 },
  /** Yes / No and short option lists in one line. */
  inlineChoices: { gap: 'lg', mt: 6, wrap: 'wrap' },
  /** The parts of a need, indented under its question. */
  needParts: { gap: 'sm', pl: 'md', mt: 'xs' },
  /** A short input (a number or a date). */
  short: { maw: 280 },
  /** Radio groups with at most this many options are shown inline, longer ones as a select. */
  maxInlineOptions: 4,
  textareaRows: { autosize: true, minRows: 2, maxRows: 12 },
  /** Read-only: a question and its answer. */
  viewLabel: { size: 'sm', fw: 600 },
  viewValue: { size: 'sm', style: { whiteSpace: 'pre-wrap' } },
  viewEmpty: { size: 'sm', c: 'dimmed', fs: 'italic' },
} as const;
