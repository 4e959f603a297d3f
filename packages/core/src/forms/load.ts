import type { z } from 'zod';
import { formDefinitionSchema, type FormDefinition } from './definition.js';

// Loading form definitions from config/forms/<country>/*.json. Pure: the caller reads the files
// and passes {file, json}; a bad definition throws an error naming the file and the field path.

/** A form definition that is invalid; the message names the file and the field. */
export class FormDefinitionError extends Error {
  override name = 'FormDefinitionError';
}

export interface FormDefinitionFile {
  /** Shown in errors, e.g. 'config/forms/kosovo/fvn.v1.json'; its name must be <key>.v<version>.json. */
  file: string;
  /** The parsed JSON. */
  json: unknown;
}

/** Validates every file; throws FormDefinitionError listing the problems of the first bad file. */
export function loadFormDefinitions(files: FormDefinitionFile[]): FormDefinition[] {
  const definitions: FormDefinition[] = [];
  const seen = new Map<string, string>();
  for (const { file, json } of files) {
    let parsed: ReturnType<typeof formDefinitionSchema.safeParse>;
    try {
      parsed = formDefinitionSchema.safeParse(json);
    } catch (error) {
      throw new FormDefinitionError(
        `${file}: cannot be read as a form definition (${(error as Error).message})`,
      );
    }
    if (!parsed.success) throw new FormDefinitionError(describeIssues(file, parsed.error));
    const definition = parsed.data;
    const expected = `${definition.key}.v${definition.version}.json`;
    const name = file.split(/[\\/]/).pop() ?? file;
    if (name !== expected) {
      throw new FormDefinitionError(
        `${file}: key ${definition.key} and version ${definition.version} do not match the file name (expected ${expected})`,
      );
    }
    const id = `${definition.country}/${definition.key}/${definition.version}`;
    const other = seen.get(id);
    if (other) {
      throw new FormDefinitionError(
        `${file}: ${definition.country} form ${definition.key} version ${definition.version} is also defined in ${other}`,
      );
    }
    seen.set(id, file);
    definitions.push(definition);
  }
  return definitions;
}

/** 'sections[2].fields[0].visibleWhen.field', as the country-config loader writes paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '') || '(top level)'
  );
}

function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`)
    .join('\n');
}

/**
 * The definition of a form for a country: the given version (the one a submission was filled
 * in), or the newest when no version is given (for a new submission).
 */
export function findFormDefinition(
  definitions: readonly FormDefinition[],
  country: string,
  key: string,
  version?: number,
): FormDefinition | undefined {
  const candidates = definitions.filter((d) => d.country === country && d.key === key);
  if (version !== undefined) return candidates.find((d) => d.version === version);
  return candidates.reduce<FormDefinition | undefined>(
    (newest, d) => (!newest || d.version > newest.version ? d : newest),
    undefined,
  );
}
