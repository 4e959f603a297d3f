// Prop presets for Mantine components. The lint rule i18next/no-literal-string checks every
// string written inside JSX, so JSX carries only translated text; the design vocabulary
// (sizes, colours, layouts, input hints) lives here, named by what it is for.

/** Colours by meaning. */
export const tone = {
  primary: 'vatra',
  success: 'teal',
  danger: 'red',
  warning: 'orange',
  neutral: 'gray',
  overdue: 'red.7',
} as const;

export const text = {
  /** A secondary line under a value (username under a name, code under a title). */
  caption: { size: 'xs', c: 'dimmed' },
  /** Grey explanatory text. */
  muted: { c: 'dimmed' },
  /** A small upper-case label above a value. */
  overline: { size: 'xs', c: 'dimmed', fw: 600, tt: 'uppercase', lts: 0.3 },
  /** The title of a card. */
  cardTitle: { fw: 650, size: 'md' },
  /** A large number in an overview card. */
  figure: { fz: 22, fw: 700, lh: 1.1 },
  /** The first line of an empty state. */
  emptyTitle: { fw: 600, size: 'md', mt: 4 },
  /** One line, cut with an ellipsis when too long. */
  oneLine: { truncate: 'end' },
} as const;

export const layout = {
  /** Title on the left, actions on the right, wrapping on narrow screens. */
  header: { justify: 'space-between', align: 'flex-start', gap: 'md', wrap: 'wrap' },
  /** Filters above a table. */
  toolbar: { p: 'md', gap: 'sm', align: 'flex-end', wrap: 'wrap' },
  /** The buttons under a form or in a dialog. */
  formActions: { justify: 'flex-end', gap: 'sm' },
  /** Items in one line that never wrap. */
  inline: { gap: 'sm', wrap: 'nowrap' },
  /** Two ends of one line. */
  spread: { justify: 'space-between', gap: 'sm', wrap: 'nowrap' },
  /** Small chips that wrap. */
  chips: { gap: 4 },
  /** Inside a card or a dialog. */
  section: { gap: 'sm' },
  /** A page: header, then cards. */
  page: { gap: 'lg' },
  /** An input with a button to its right, aligned on the input. */
  inputWithButton: { gap: 'sm', align: 'flex-end', wrap: 'nowrap' },
  centered: { justify: 'center' },
  /** A message and a button under it. */
  messageWithAction: { gap: 'xs', align: 'flex-start' },
  /** "1–25 of 132" and the page buttons. */
  pager: { justify: 'space-between', px: 'md', py: 'sm' },
  /** Padding around an alert inside a card. */
  inset: { px: 'md', pb: 'md' },
  /** An empty table or list. */
  empty: { align: 'center', gap: 6, py: 40, px: 'md', ta: 'center' },
} as const;

export const grid = {
  /** Inputs side by side. */
  fields: { spacing: 'md', verticalSpacing: 'md' },
  /** Inputs packed closer (name in three languages, filters). */
  dense: { spacing: 'sm', verticalSpacing: 'xs' },
  /** Cards on a page. */
  cards: { spacing: 'md', verticalSpacing: 'md' },
} as const;

export const icon = {
  empty: { size: 48, radius: 'xl', variant: 'light', color: 'gray' },
  stat: { size: 36, radius: 'md', variant: 'light' },
} as const;

export const button = {
  secondary: { variant: 'default' },
  small: { variant: 'default', size: 'xs' },
  quiet: { variant: 'subtle', color: 'gray' },
  light: { variant: 'light' },
} as const;

/** The name in a table row that opens the record. */
export const rowLink = { component: 'button', type: 'button', fw: 600, ta: 'left' } as const;

/** Widths of dialogs, in pixels. */
export const dialog = { form: 640, wide: 980, confirm: 460 } as const;

export const badge = {
  neutral: { color: 'gray' },
  outline: { variant: 'outline', color: 'gray', size: 'xs' },
  strong: { variant: 'filled' },
} as const;

const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/** Input attributes for the browser's autofill and spell checking. */
export const input = {
  username: { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false },
  currentPassword: { autoComplete: 'current-password' },
  newPassword: { autoComplete: 'new-password' },
  /** A code or identifier typed by an administrator: no autofill, no spelling marks. */
  code: { autoComplete: 'off', autoCapitalize: 'none', spellCheck: false },
  plain: { autoComplete: 'off' },
  /** Hint under the input, so inputs side by side stay aligned. */
  hintBelow: { inputWrapperOrder: HINT_BELOW },
} as const;

/** Routes of the app. */
export const paths = {
  home: '/',
  login: '/login',
  users: '/admin/users',
  institutions: '/admin/institutions',
  roles: '/admin/roles',
  audit: '/audit',
  password: '/account/password',
  registry: '/registry',
  registerHousehold: '/registry/new',
  household: '/households/:id',
  person: '/persons/:id',
  forms: '/admin/forms',
  form: '/admin/forms/:key',
  cases: '/cases',
  case: '/cases/:id',
  work: '/work/:kind',
  referralInbox: '/referrals/inbox',
  actionPlans: '/action-plans',
  actionPlansCompare: '/action-plans/compare',
  actionPlan: '/action-plans/:id',
  meetings: '/commissions/meetings',
  meeting: '/commissions/meetings/:id',
  careServices: '/care-services',
  careProvider: '/care-services/providers/:id',
  councilList: '/care-services/council-lists/:id',
  calls: '/calls',
  call: '/calls/:id',
  schemeReport: '/reports/schemes',
} as const;

/** Links to one record (the routes above with their parameter filled in). */
export const recordPath = {
  person: (id: string) => `/persons/${encodeURIComponent(id)}`,
  household: (id: string) => `/households/${encodeURIComponent(id)}`,
  form: (key: string) => `/admin/forms/${encodeURIComponent(key)}`,
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
  work: (kind: string) => `/work/${encodeURIComponent(kind)}`,
  meeting: (id: string) => `/commissions/meetings/${encodeURIComponent(id)}`,
  careProvider: (id: string) => `/care-services/providers/${encodeURIComponent(id)}`,
  councilList: (id: string) => `/care-services/council-lists/${encodeURIComponent(id)}`,
  call: (id: string) => `/calls/${encodeURIComponent(id)}`,
  actionPlan: (id: string, tab?: string) =>
    `/action-plans/${encodeURIComponent(id)}${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`,
} as const;

/** A label above a value on a record page (a definition list). */
export const detail = {
  grid: { cols: { base: 1, sm: 2, lg: 3 }, spacing: 'md', verticalSpacing: 'sm' },
  label: { size: 'xs', c: 'dimmed', fw: 600 },
  value: { size: 'sm' },
} as const;

/** A card that groups the inputs or the data of one part of a record. */
export const card = { p: 'md', withBorder: true } as const;

/** An input of a date as YYYY-MM-DD with the browser's own date picker. */
export const dateInput = { type: 'date', autoComplete: 'off' } as const;

/** An input of a year of birth. */
export const yearInput = { inputMode: 'numeric', autoComplete: 'off', maxLength: 4 } as const;

/**
 * A date and time typed into the browser's own picker. Its value is office time (Europe/Belgrade),
 * not the PC's: fill it with officeDateTimeInput and read it with instantFromOfficeDateTime
 * (lib/dates.ts).
 */
export const dateTimeInput = { type: 'datetime-local', autoComplete: 'off' } as const;
