import type ExcelJS from 'exceljs';
import { readWorkbook } from '../../../xlsx/read.js';
import {
  formatPath,
  parsePath,
  problemPlace,
  type ImportProblem,
  type PlanImport,
  type PlanPath,
} from './problems.js';
import { validatePlan } from './validate.js';
import type { CellData } from './xlsx-cells.js';
import {
  ACTIONS_SHEET,
  COSTS_SHEET,
  GOALS_SHEET,
  INDICATORS_SHEET,
  MEASURES_SHEET,
  NOTES_SHEET,
  OBJECTIVES_SHEET,
  PLAN_FIELDS,
  PLAN_SHEET,
  SHEETS,
  STATED_TOTALS_SHEET,
  STEPS_SHEET,
  TARGETS_SHEET,
  type HeaderOf,
  type PlanField,
} from './xlsx-layout.js';
import { readSheet, type Place, type SheetRow } from './xlsx-read.js';

// A workbook back into a plan: the sheets are read, the rows nested under their parents by id,
// and the result checked like a plan file (schema, then the cross-row checks). While nesting,
// every path of the plan is tied to the cell it came from, so that each problem the checks find
// in "objectives[2].measures[0].costs[1].amount" is reported at costs!D9.

type Json = Record<string, unknown>;

/** The columns measures and actions share (all but the parent's). */
type RowHeader = Exclude<HeaderOf<typeof ACTIONS_SHEET>, 'measure'>;

/** A row that others hang under: its path in the plan and the arrays they go into. */
interface Owner {
  path: PlanPath;
  indicators: Json[];
  costs: Json[];
  children: Json[];
}

/** Where each path of the plan came from. */
class Places {
  private readonly byPath = new Map<string, Place>();

  set(path: PlanPath, place: Place) {
    this.byPath.set(path.join('.'), place);
  }

  /** A row at `path`, and its fields ("title.original") at the cells of their columns. */
  row<H extends string>(path: PlanPath, row: SheetRow<H>, fields: Record<string, H>) {
    this.set(path, row.place());
    for (const [field, header] of Object.entries(fields))
      this.set([...path, ...field.split('.')], row.place(header));
  }

  /** The place of the path, or of the nearest enclosing path that has one. */
  find(path: PlanPath): Place | undefined {
    for (let length = path.length; length > 0; length--) {
      const place = this.byPath.get(path.slice(0, length).join('.'));
      if (place) return place;
    }
    return undefined;
  }
}

const compact = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const sourceText = (original: CellData, en: CellData) => compact({ original, en });

const titleFields = <H extends string>(prefix: string, original: H, en: H): Record<string, H> => ({
  [prefix]: original,
  [`${prefix}.original`]: original,
  [`${prefix}.en`]: en,
});

export async function planFromXlsx(buffer: Buffer): Promise<PlanImport> {
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbook(buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ message: `not an XLSX workbook: ${reason}` }] };
  }
  const problems: ImportProblem[] = [];
  const sheets = {
    plan: readSheet(workbook, PLAN_SHEET, problems),
    goals: readSheet(workbook, GOALS_SHEET, problems),
    objectives: readSheet(workbook, OBJECTIVES_SHEET, problems),
    measures: readSheet(workbook, MEASURES_SHEET, problems),
    actions: readSheet(workbook, ACTIONS_SHEET, problems),
    indicators: readSheet(workbook, INDICATORS_SHEET, problems),
    targets: readSheet(workbook, TARGETS_SHEET, problems),
    costs: readSheet(workbook, COSTS_SHEET, problems),
    statedTotals: readSheet(workbook, STATED_TOTALS_SHEET, problems),
    steps: readSheet(workbook, STEPS_SHEET, problems),
    notes: readSheet(workbook, NOTES_SHEET, problems),
  };
  const {
    plan: planRows,
    goals,
    objectives,
    measures,
    actions,
    indicators,
    targets,
    costs,
    statedTotals,
    steps,
    notes,
  } = sheets;
  // Without all its sheets and columns the plan cannot be put together.
  if (
    !planRows ||
    !goals ||
    !objectives ||
    !measures ||
    !actions ||
    !indicators ||
    !targets ||
    !costs ||
    !statedTotals ||
    !steps ||
    !notes
  )
    return { problems: sorted(problems) };

  const places = new Places();
  const builder = new PlanBuilder(places, problems);
  const plan = {
    ...builder.header(planRows),
    goals: builder.goals(goals),
    objectives: builder.objectives(objectives),
    statedTotals: builder.statedTotals(statedTotals),
    steps: builder.steps(steps),
    notes: notes.map((row) => row.get('note')),
  };
  notes.forEach((row, n) => places.set(['notes', n], row.place('note')));
  builder.measures(measures);
  builder.actions(actions);
  builder.indicators(indicators);
  builder.targets(targets);
  builder.costs(costs);

  const validated = validatePlan(plan);
  if ('issues' in validated)
    for (const issue of validated.issues)
      problems.push({
        ...(places.find(issue.path) ?? {}),
        path: formatPath(issue.path) || '(top level)',
        message: withPlaces(issue.message, places),
      });
  if (problems.length || !('plan' in validated)) return { problems: sorted(problems) };
  return { plan: validated.plan };
}

/** Puts a row's children under it, remembering where each came from. */
class PlanBuilder {
  private readonly objectivesById = new Map<string, Owner>();
  private readonly measuresById = new Map<string, Owner>();
  private readonly actionsById = new Map<string, Owner>();
  private readonly indicatorsById = new Map<string, { path: PlanPath; targets: Json[] }>();
  /** Rows left out because their parent is missing: their own children are left out silently. */
  private readonly dropped = new Set<string>();

  constructor(
    private readonly places: Places,
    private readonly problems: ImportProblem[],
  ) {}

  private problem(place: Place, message: string) {
    this.problems.push({ ...place, message });
  }

  header(rows: SheetRow<HeaderOf<typeof PLAN_SHEET>>[]): Json {
    const kinds = new Map<string, (typeof PLAN_FIELDS)[number]['kind']>(
      PLAN_FIELDS.map(({ field, kind }) => [field, kind]),
    );
    // A field whose row is missing is reported on the sheet.
    for (const { field } of PLAN_FIELDS)
      this.places.set(field.split('.').slice(0, 1), { sheet: PLAN_SHEET.name });
    const values = new Map<string, CellData>();
    const rowOf = new Map<string, number>();
    for (const row of rows) {
      const field = row.text('field');
      const kind = field === undefined ? undefined : kinds.get(field);
      if (field === undefined || kind === undefined) {
        this.problem(row.place('field'), field === undefined ? 'no field name' : `unknown field "${field}"`);
        continue;
      }
      const earlier = rowOf.get(field);
      if (earlier !== undefined) {
        this.problem(row.place('field'), `field "${field}" is also on row ${earlier}`);
        continue;
      }
      rowOf.set(field, row.row);
      this.places.set(field.split('.'), row.place('value'));
      values.set(field, row.getAs('value', kind));
    }
    const value = (field: PlanField) => values.get(field);
    const adoption = compact({
      by: value('adoption.by'),
      decisionNumber: value('adoption.decisionNumber'),
      date: value('adoption.date'),
      note: value('adoption.note'),
    });
    return compact({
      key: value('key'),
      kind: value('kind'),
      country: value('country'),
      municipality: value('municipality'),
      language: value('language'),
      source: compact({ file: value('source.file'), note: value('source.note') }),
      title: sourceText(value('title.original'), value('title.en')),
      period: compact({ from: value('period.from'), to: value('period.to') }),
      currency: value('currency'),
      status: value('status'),
      // No adoption row filled in: the plan is not adopted.
      adoption: Object.keys(adoption).length ? adoption : null,
    });
  }

  goals(rows: SheetRow<HeaderOf<typeof GOALS_SHEET>>[]): Json[] {
    this.places.set(['goals'], { sheet: GOALS_SHEET.name });
    return rows.map((row, g) => {
      this.places.row(['goals', g], row, {
        id: 'id',
        number: 'number',
        ...titleFields('title', 'title_original', 'title_en'),
        note: 'note',
      });
      return compact({
        id: row.get('id'),
        number: row.get('number'),
        title: sourceText(row.get('title_original'), row.get('title_en')),
        note: row.get('note'),
      });
    });
  }

  objectives(rows: SheetRow<HeaderOf<typeof OBJECTIVES_SHEET>>[]): Json[] {
    this.places.set(['objectives'], { sheet: OBJECTIVES_SHEET.name });
    return rows.map((row, o) => {
      const owner = this.owner(this.objectivesById, row.text('id'), ['objectives', o]);
      this.places.row(owner.path, row, {
        id: 'id',
        number: 'number',
        goal: 'goal',
        ...titleFields('title', 'title_original', 'title_en'),
        note: 'note',
      });
      return compact({
        id: row.get('id'),
        number: row.get('number'),
        title: sourceText(row.get('title_original'), row.get('title_en')),
        goal: row.get('goal'),
        indicators: owner.indicators,
        measures: owner.children,
        note: row.get('note'),
      });
    });
  }

  measures(rows: SheetRow<HeaderOf<typeof MEASURES_SHEET>>[]) {
    for (const row of rows) {
      const parent = this.parent(row, 'objective', this.objectivesById, OBJECTIVES_SHEET.name);
      if (!parent) continue;
      const owner = this.owner(this.measuresById, row.text('id'), [
        ...parent.path,
        'measures',
        parent.children.length,
      ]);
      parent.children.push(this.row(row, owner, { actions: owner.children }));
    }
  }

  actions(rows: SheetRow<HeaderOf<typeof ACTIONS_SHEET>>[]) {
    for (const row of rows) {
      const parent = this.parent(row, 'measure', this.measuresById, MEASURES_SHEET.name);
      if (!parent) continue;
      const owner = this.owner(this.actionsById, row.text('id'), [
        ...parent.path,
        'actions',
        parent.children.length,
      ]);
      parent.children.push(this.row(row, owner, {}));
    }
  }

  indicators(rows: SheetRow<HeaderOf<typeof INDICATORS_SHEET>>[]) {
    for (const row of rows) {
      const ownerId = row.text('owner');
      const owner =
        ownerId === undefined
          ? undefined
          : (this.objectivesById.get(ownerId) ??
            this.measuresById.get(ownerId) ??
            this.actionsById.get(ownerId));
      if (!owner) {
        this.missingParent(row, 'owner', ownerId, 'no objective, measure or action', row.text('id'));
        continue;
      }
      const path = [...owner.path, 'indicators', owner.indicators.length];
      const id = row.text('id');
      const targets: Json[] = [];
      if (id !== undefined && !this.indicatorsById.has(id)) this.indicatorsById.set(id, { path, targets });
      this.places.row(path, row, {
        id: 'id',
        ...titleFields('text', 'text_original', 'text_en'),
        unit: 'unit',
        baseline: 'baseline',
        'baseline.value': 'baseline_value',
        'baseline.year': 'baseline_year',
        'baseline.note': 'baseline_note',
        verification: 'verification',
        note: 'note',
      });
      owner.indicators.push(
        compact({
          id: row.get('id'),
          text: sourceText(row.get('text_original'), row.get('text_en')),
          unit: row.get('unit'),
          baseline: this.baseline(row),
          targets,
          verification: row.get('verification'),
          note: row.get('note'),
        }),
      );
    }
  }

  targets(rows: SheetRow<HeaderOf<typeof TARGETS_SHEET>>[]) {
    for (const row of rows) {
      const indicatorId = row.text('indicator');
      const indicator = indicatorId === undefined ? undefined : this.indicatorsById.get(indicatorId);
      if (!indicator) {
        this.missingParent(row, 'indicator', indicatorId, 'no indicator');
        continue;
      }
      this.places.row([...indicator.path, 'targets', indicator.targets.length], row, {
        year: 'year',
        value: 'value',
        note: 'note',
      });
      indicator.targets.push(
        compact({ year: row.get('year'), value: row.get('value'), note: row.get('note') }),
      );
    }
  }

  /** Costs go under their measure or action in the order of the "order" column. */
  costs(rows: SheetRow<HeaderOf<typeof COSTS_SHEET>>[]) {
    const placed: { row: SheetRow<HeaderOf<typeof COSTS_SHEET>>; owner: Owner; order: number }[] = [];
    for (const row of rows) {
      const ownerId = row.text('owner');
      const owner =
        ownerId === undefined ? undefined : (this.measuresById.get(ownerId) ?? this.actionsById.get(ownerId));
      if (!owner) {
        if (ownerId !== undefined && this.objectivesById.has(ownerId))
          this.problem(
            row.place('owner'),
            `"${ownerId}" is an objective: costs belong to measures and actions`,
          );
        else this.missingParent(row, 'owner', ownerId, 'no measure or action');
        continue;
      }
      const order = row.get('order');
      if (order !== undefined && (typeof order !== 'number' || !Number.isInteger(order) || order < 1)) {
        this.problem(row.place('order'), 'the order is a whole number from 1');
        continue;
      }
      placed.push({ row, owner, order: order ?? Number.MAX_SAFE_INTEGER });
    }
    // Array.prototype.sort is stable: equal orders keep the rows' order.
    for (const { row, owner } of placed.sort((a, b) => a.order - b.order)) {
      this.places.row([...owner.path, 'costs', owner.costs.length], row, {
        kind: 'kind',
        amount: 'amount',
        currency: 'currency',
        year: 'year',
        source: 'source',
        code: 'code',
        donor: 'donor',
        with: 'with',
        text: 'text',
        note: 'note',
      });
      owner.costs.push(
        compact({
          kind: row.get('kind'),
          amount: row.get('amount'),
          currency: row.get('currency'),
          year: row.get('year'),
          source: row.get('source'),
          code: row.get('code'),
          donor: row.get('donor'),
          with: row.get('with'),
          text: row.get('text'),
          note: row.get('note'),
        }),
      );
    }
  }

  statedTotals(rows: SheetRow<HeaderOf<typeof STATED_TOTALS_SHEET>>[]): Json[] {
    return rows.map((row, t) => {
      this.places.row(['statedTotals', t], row, {
        id: 'id',
        ...titleFields('label', 'label_original', 'label_en'),
        amount: 'amount',
        currency: 'currency',
        covers: 'covers',
        year: 'year',
        note: 'note',
      });
      return compact({
        id: row.get('id'),
        label: sourceText(row.get('label_original'), row.get('label_en')),
        amount: row.get('amount'),
        currency: row.get('currency'),
        covers: row.get('covers'),
        year: row.get('year'),
        note: row.get('note'),
      });
    });
  }

  steps(rows: SheetRow<HeaderOf<typeof STEPS_SHEET>>[]): Json[] {
    return rows.map((row, s) => {
      this.places.row(['steps', s], row, {
        id: 'id',
        ...titleFields('title', 'title_original', 'title_en'),
        month: 'month',
        day: 'day',
        responsible: 'responsible',
        note: 'note',
      });
      return compact({
        id: row.get('id'),
        title: sourceText(row.get('title_original'), row.get('title_en')),
        month: row.get('month'),
        day: row.get('day'),
        responsible: row.get('responsible'),
        note: row.get('note'),
      });
    });
  }

  /** The owner of a row's children, findable by the row's id (the first row with an id keeps it). */
  private owner(byId: Map<string, Owner>, id: string | undefined, path: PlanPath): Owner {
    const owner: Owner = { path, indicators: [], costs: [], children: [] };
    if (id !== undefined && !byId.has(id)) byId.set(id, owner);
    return owner;
  }

  private parent<P extends string>(
    row: SheetRow<P | 'id'>,
    column: P,
    byId: Map<string, Owner>,
    sheet: string,
  ) {
    const id = row.text(column);
    const parent = id === undefined ? undefined : byId.get(id);
    if (!parent)
      this.missingParent(row, column, id, `no row in the sheet "${sheet}" has the id`, row.text('id'));
    return parent;
  }

  /** A parent that is not there; said once, not again for the rows under the row left out. */
  private missingParent<H extends string>(
    row: SheetRow<H>,
    column: H,
    id: string | undefined,
    what: string,
    ownId?: string,
  ) {
    if (ownId !== undefined) this.dropped.add(ownId);
    if (id !== undefined && this.dropped.has(id)) return;
    this.problem(row.place(column), id === undefined ? `no ${column} given` : `${what} "${id}"`);
  }

  /** A measure or an action. */
  private row(row: SheetRow<RowHeader>, owner: Owner, extra: Json): Json {
    this.places.row(owner.path, row, {
      id: 'id',
      number: 'number',
      ...titleFields('title', 'title_original', 'title_en'),
      responsible: 'responsible',
      partners: 'partners',
      deadline: 'deadline_kind',
      'deadline.kind': 'deadline_kind',
      'deadline.year': 'deadline_year',
      'deadline.quarter': 'deadline_quarter',
      'deadline.date': 'deadline_date',
      'deadline.from': 'deadline_from',
      'deadline.to': 'deadline_to',
      'deadline.text': 'deadline_text',
      verification: 'verification',
      note: 'note',
    });
    return compact({
      id: row.get('id'),
      number: row.get('number'),
      title: sourceText(row.get('title_original'), row.get('title_en')),
      indicators: owner.indicators,
      responsible: row.get('responsible'),
      partners: row.get('partners'),
      costs: owner.costs,
      deadline: this.deadline(row),
      verification: row.get('verification'),
      note: row.get('note'),
      ...extra,
    });
  }

  private deadline(row: SheetRow<RowHeader>): Json | undefined {
    const fields = compact({
      year: row.get('deadline_year'),
      quarter: row.get('deadline_quarter'),
      date: row.get('deadline_date'),
      from: row.get('deadline_from'),
      to: row.get('deadline_to'),
      text: row.get('deadline_text'),
    });
    const kind = row.get('deadline_kind');
    if (kind !== undefined) return { kind, ...fields };
    if (Object.keys(fields).length) this.problem(row.place('deadline_kind'), 'a deadline without its kind');
    return undefined;
  }

  /** "no": the source gives none; "yes" or any baseline cell filled: a baseline (its value may be empty). */
  private baseline(row: SheetRow<HeaderOf<typeof INDICATORS_SHEET>>): Json | null {
    const given = row.text('baseline')?.toLowerCase();
    const fields = compact({
      year: row.get('baseline_year'),
      note: row.get('baseline_note'),
    });
    const value = row.get('baseline_value');
    const filled = value !== undefined || Object.keys(fields).length > 0;
    if (given !== undefined && given !== 'yes' && given !== 'no')
      this.problem(row.place('baseline'), 'the baseline column takes "yes", "no" or nothing');
    if (given === 'no') {
      if (filled)
        this.problem(row.place('baseline'), 'baseline "no", yet a baseline value, year or note is given');
      return null;
    }
    return given === 'yes' || filled ? { value: value ?? null, ...fields } : null;
  }
}

/** "also used at objectives[0].measures[1]" → "also used at measures!B5". */
function withPlaces(message: string, places: Places): string {
  return message.replace(/\b[A-Za-z]+(?:\[\d+\]|\.[A-Za-z]+)*\[\d+\](?:\[\d+\]|\.[A-Za-z]+)*/g, (text) => {
    const path = parsePath(text);
    // A path in a message is a row's: point at its id.
    const place = path && places.find([...path, 'id']);
    return place ? problemPlace(place) : text;
  });
}

/** In the order of the sheets, then of the rows. */
function sorted(problems: ImportProblem[]): ImportProblem[] {
  const sheetOrder = (problem: ImportProblem) => {
    const index = SHEETS.findIndex((sheet) => sheet.name === problem.sheet);
    return index < 0 ? -1 : index;
  };
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = `${problemPlace(problem)}\u0000${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => sheetOrder(a) - sheetOrder(b) || (a.row ?? 0) - (b.row ?? 0));
}
