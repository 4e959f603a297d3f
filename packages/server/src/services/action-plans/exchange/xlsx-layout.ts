// The workbook layout of a plan: one sheet per kind of row, one row per row, one column per field,
// the nesting by the parent's id in the first column. Headers are the import's keys (the columns
// may be reordered; a missing or unknown header is a problem). How a cell is read depends on the
// column's kind:
//   id, text  — text, trimmed; empty = absent (a number typed into it becomes its text, "1.1");
//   raw       — text exactly as written; an empty-text cell is "" (cost and deadline `text`,
//               which keep the source's wording, may be empty);
//   number    — a number (text that is one is accepted, anything else is reported);
//   value     — a number stays a number, text stays text (targets "70%", "all", "059");
//   date      — text "2020-02-27"; a date cell, or its serial number, becomes that text;
//   list      — institutions or row ids joined with "; ";
//   yes_no    — "yes", "no" or empty.

export type ColumnKind = 'id' | 'text' | 'raw' | 'number' | 'value' | 'date' | 'list' | 'yes_no';

export interface ColumnSpec<H extends string = string> {
  header: H;
  kind: ColumnKind;
  width: number;
}

export interface SheetSpec<H extends string = string> {
  name: string;
  columns: readonly ColumnSpec<H>[];
}

export const LIST_SEPARATOR = '; ';

const column = <H extends string>(header: H, kind: ColumnKind, width: number): ColumnSpec<H> => ({
  header,
  kind,
  width,
});

const title = (prefix: string) =>
  [column(`${prefix}_original`, 'text', 60), column(`${prefix}_en`, 'text', 60)] as const;

/** The deadline of a measure or an action: a kind and the fields of that kind. */
const deadline = [
  column('deadline_kind', 'text', 14),
  column('deadline_year', 'number', 10),
  column('deadline_quarter', 'number', 10),
  column('deadline_date', 'date', 12),
  column('deadline_from', 'number', 10),
  column('deadline_to', 'number', 10),
  column('deadline_text', 'raw', 30),
] as const;

/** Measures and actions share their fields. */
const rowColumns = (parent: string) =>
  [
    column(parent, 'id', 14),
    column('id', 'id', 16),
    column('number', 'text', 10),
    ...title('title'),
    column('responsible', 'list', 30),
    column('partners', 'list', 30),
    ...deadline,
    column('verification', 'text', 40),
    column('note', 'text', 40),
  ] as const;

/** The "plan" sheet: one row per header field, "field" and "value". */
export const PLAN_SHEET = {
  name: 'plan',
  columns: [column('field', 'id', 24), column('value', 'raw', 80)],
} as const satisfies SheetSpec;

/** The rows of the "plan" sheet, by the path of the field in the plan. */
export const PLAN_FIELDS = [
  { field: 'key', kind: 'id' },
  { field: 'kind', kind: 'text' },
  { field: 'country', kind: 'text' },
  { field: 'municipality', kind: 'text' },
  { field: 'language', kind: 'text' },
  { field: 'title.original', kind: 'text' },
  { field: 'title.en', kind: 'text' },
  { field: 'source.file', kind: 'raw' },
  { field: 'source.note', kind: 'raw' },
  { field: 'period.from', kind: 'number' },
  { field: 'period.to', kind: 'number' },
  { field: 'currency', kind: 'text' },
  { field: 'status', kind: 'text' },
  { field: 'adoption.by', kind: 'raw' },
  { field: 'adoption.decisionNumber', kind: 'raw' },
  { field: 'adoption.date', kind: 'date' },
  { field: 'adoption.note', kind: 'text' },
] as const satisfies readonly { field: string; kind: ColumnKind }[];

export type PlanField = (typeof PLAN_FIELDS)[number]['field'];

export const GOALS_SHEET = {
  name: 'goals',
  columns: [
    column('id', 'id', 12),
    column('number', 'raw', 10),
    ...title('title'),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const OBJECTIVES_SHEET = {
  name: 'objectives',
  columns: [
    column('id', 'id', 12),
    column('number', 'text', 10),
    column('goal', 'id', 12),
    ...title('title'),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const MEASURES_SHEET = {
  name: 'measures',
  columns: rowColumns('objective'),
} as const satisfies SheetSpec;

export const ACTIONS_SHEET = { name: 'actions', columns: rowColumns('measure') } as const satisfies SheetSpec;

export const INDICATORS_SHEET = {
  name: 'indicators',
  columns: [
    column('owner', 'id', 16),
    column('id', 'id', 18),
    ...title('text'),
    column('unit', 'text', 10),
    column('baseline', 'yes_no', 10),
    column('baseline_value', 'value', 14),
    column('baseline_year', 'number', 12),
    column('baseline_note', 'text', 30),
    column('verification', 'text', 30),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const TARGETS_SHEET = {
  name: 'targets',
  columns: [
    column('indicator', 'id', 18),
    column('year', 'number', 8),
    column('value', 'value', 14),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const COSTS_SHEET = {
  name: 'costs',
  columns: [
    column('owner', 'id', 16),
    column('order', 'number', 8),
    column('kind', 'text', 14),
    column('amount', 'number', 12),
    column('currency', 'text', 10),
    column('year', 'number', 8),
    column('source', 'text', 20),
    column('code', 'text', 10),
    column('donor', 'text', 20),
    column('with', 'id', 14),
    column('text', 'raw', 30),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const STATED_TOTALS_SHEET = {
  name: 'stated_totals',
  columns: [
    column('id', 'id', 14),
    ...title('label'),
    column('amount', 'number', 14),
    column('currency', 'text', 10),
    column('covers', 'list', 30),
    column('year', 'number', 8),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const STEPS_SHEET = {
  name: 'steps',
  columns: [
    column('id', 'id', 12),
    ...title('title'),
    column('month', 'number', 8),
    column('day', 'number', 8),
    column('responsible', 'list', 30),
    column('note', 'text', 40),
  ],
} as const satisfies SheetSpec;

export const NOTES_SHEET = {
  name: 'notes',
  columns: [column('note', 'text', 120)],
} as const satisfies SheetSpec;

/** In the order the workbook has them. */
export const SHEETS = [
  PLAN_SHEET,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  MEASURES_SHEET,
  ACTIONS_SHEET,
  INDICATORS_SHEET,
  TARGETS_SHEET,
  COSTS_SHEET,
  STATED_TOTALS_SHEET,
  STEPS_SHEET,
  NOTES_SHEET,
] as const;

export type HeaderOf<S extends SheetSpec> = S['columns'][number]['header'];
