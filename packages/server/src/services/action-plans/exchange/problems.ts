import type { PlanFile } from '@vatra/core';

// What is wrong with an imported plan file, and where. A workbook problem names the sheet, the row
// (1-based, as the spreadsheet shows it) and the column letter; a JSON problem names the line and
// the column on that line (syntax) or the path in the plan (content). The messages are English
// technical text: the API puts them in its error `fields`, keyed by the place (problemsToFields).

export interface ImportProblem {
  /** Workbook: the sheet ("indicators"). */
  sheet?: string;
  /** Workbook: the row as the spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** Workbook: the column letter ("D"). */
  column?: string;
  /** The place in the plan: "objectives[2].measures[0].costs[1].amount". */
  path?: string;
  /** JSON text: the line (1-based). */
  line?: number;
  /** JSON text: the column on that line (1-based). */
  lineColumn?: number;
  message: string;
}

/** What an import gives: the plan, or every problem found. */
export type PlanImport = { plan: PlanFile } | { problems: ImportProblem[] };

export type PlanPath = readonly (string | number)[];

/** ["objectives", 2, "title"] → "objectives[2].title". */
export function formatPath(path: PlanPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** "objectives[2].measures[0]" → ["objectives", 2, "measures", 0]; undefined when it is not a path. */
export function parsePath(text: string): (string | number)[] | undefined {
  if (!/^[A-Za-z]+(\[\d+\]|\.[A-Za-z]+)*$/.test(text)) return undefined;
  return [...text.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}

/** Where a problem is, as a key of the API's error fields: "indicators!D7", "objectives[2].title", "line 5, column 12". */
export function problemPlace(problem: Omit<ImportProblem, 'message'>): string {
  if (problem.sheet !== undefined) {
    if (problem.row === undefined) return problem.sheet;
    return problem.column === undefined
      ? `${problem.sheet}!${problem.row}:${problem.row}`
      : `${problem.sheet}!${problem.column}${problem.row}`;
  }
  if (problem.line !== undefined)
    return problem.lineColumn === undefined
      ? `line ${problem.line}`
      : `line ${problem.line}, column ${problem.lineColumn}`;
  if (problem.path) return problem.path;
  return 'file';
}

/** The problems as the API's error `fields`: place → message (several at one place joined with "; "). */
export function problemsToFields(problems: readonly ImportProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const place = problemPlace(problem);
    const earlier = fields[place];
    fields[place] = earlier === undefined ? problem.message : `${earlier}; ${problem.message}`;
  }
  return fields;
}
