// Malformed requests for one API operation, derived from its OpenAPI description (the zod
// schemas as JSON Schema, app.swagger()): the bad-input sweep (http/bad-input.test.ts) sends
// them all and checks that each gets a clear 4xx, never a 500.

/** The parts of JSON Schema the zod schemas of the API produce. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

/** One operation of the OpenAPI document. */
export interface ApiOperation {
  method: string;
  /** Fastify's form: /api/cases/:id */
  url: string;
  operationId: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}

export function apiOperations(doc: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): ApiOperation[] {
  const result: ApiOperation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
        ?.content;
      result.push({
        method: method.toUpperCase(),
        url: path.replace(/\{([^}]+)\}/g, ':$1'),
        operationId: String(op.operationId),
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body: content?.['application/json']?.schema,
      });
    }
  }
  return result;
}

/** A well-formed UUID no record has. */
export const UNKNOWN_UUID = '5ad0b1e5-0000-4000-8000-00000000bad1';
/** Another, for path parameters (a merge of a record into itself is refused otherwise). */
export const UNKNOWN_PATH_UUID = '5ad0b1e5-0000-4000-8000-00000000bad2';

const NULLABLE_FIRST = (options: JsonSchema[]) =>
  options.find((o) => !typesOf(o).includes('null')) ?? options[0];

function typesOf(s: JsonSchema): string[] {
  if (s.type === undefined) return [];
  return Array.isArray(s.type) ? s.type : [s.type];
}

/** Strings the API's patterns accept (personal numbers, phones, codes, months). */
const PATTERN_SAMPLES = ['abc', 'ABC', '1234567890', '+38344123456', 'XK', 'sq', '2026-03', 'XK-PEJ'];

function sampleString(s: JsonSchema): string {
  if (s.format === 'uuid') return UNKNOWN_UUID;
  if (s.format === 'date') return '2026-03-16';
  if (s.format === 'date-time') return '2026-03-16T09:00:00Z';
  if (s.format === 'email') return 'probe@example.org';
  if (s.pattern) {
    const pattern = new RegExp(s.pattern, 'u');
    const fit = PATTERN_SAMPLES.find((candidate) => pattern.test(candidate));
    if (fit) return fit;
  }
  const text = 'Probe text'.padEnd(s.minLength ?? 0, '.');
  return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
}

/** A value the schema most likely accepts: only required properties, the smallest of everything. */
export function plausible(s: JsonSchema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const first = NULLABLE_FIRST(options);
    return first ? plausible(first) : null;
  }
  if (s.allOf?.[0]) return plausible(s.allOf[0]);
  switch (typesOf(s)[0]) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, plausible(s.properties?.[k] ?? {})]));
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => plausible(s.items ?? {}));
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return Math.min(s.minimum ?? (s.exclusiveMinimum ?? 0) + 1, s.maximum ?? Infinity);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return 'Probe text';
  }
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Whether the schema certainly refuses the value. False when it cannot tell (a schema without a
 * type, as a zod transform gives): such a case must only not fail with a 5xx.
 */
export function refuses(s: JsonSchema, value: unknown): boolean {
  const options = s.anyOf ?? s.oneOf;
  if (options) return options.every((o) => refuses(o, value));
  if (s.allOf) return s.allOf.some((o) => refuses(o, value));
  if (s.const !== undefined) return value !== s.const;
  if (s.enum) return !s.enum.includes(value);
  const types = typesOf(s);
  if (!types.length) return false;
  const type = jsonType(value);
  if (!types.some((t) => t === type || (t === 'number' && type === 'integer'))) return true;
  if (typeof value === 'string') {
    if (s.maxLength !== undefined && value.length > s.maxLength) return true;
    if (s.minLength !== undefined && value.length < s.minLength) return true;
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) return true;
    // The API's days and instants refuse year 0 (core api/common.ts calendarDay), which the
    // ISO pattern lets through.
    if ((s.format === 'date' || s.format === 'date-time') && value.startsWith('0000')) return true;
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return true;
    if (s.maximum !== undefined && value > s.maximum) return true;
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return true;
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) return true;
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) return true;
    if (s.maxItems !== undefined && value.length > s.maxItems) return true;
    const items = s.items;
    return items !== undefined && value.some((item) => refuses(items, item));
  }
  if (type === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ((s.required ?? []).some((k) => record[k] === undefined)) return true;
    return Object.entries(s.properties ?? {}).some(
      ([k, p]) => record[k] !== undefined && refuses(p, record[k]),
    );
  }
  return false;
}

/** Whether some branch of the schema is of this type. */
function allows(s: JsonSchema, type: string): boolean {
  const options = s.anyOf ?? s.oneOf ?? s.allOf;
  if (options) return options.some((o) => allows(o, type));
  return typesOf(s).includes(type) || (type === 'number' && typesOf(s).includes('integer'));
}

function hasFormat(s: JsonSchema, format: string): boolean {
  const options = s.anyOf ?? s.oneOf ?? s.allOf;
  if (options) return options.some((o) => hasFormat(o, format));
  return s.format === format;
}

/** Every string in the value replaced by one with a NUL character (PostgreSQL refuses NUL in text and jsonb). */
export function withNul(value: unknown): unknown {
  if (typeof value === 'string') return 'a\u0000b';
  if (Array.isArray(value)) return value.map(withNul);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNul(v)]));
  return value;
}

/**
 * 20,000 characters that do not compress (a repeated letter would): a long value in a column
 * with a b-tree index fails in PostgreSQL once it passes the index's ~2,700 bytes.
 */
export const LONG = (() => {
  let seed = 2026;
  let text = '';
  while (text.length < 20_000) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += 'abcdefghijklmnopqrstuvwxyz0123456789 '[Math.floor(seed / 65_536) % 37];
  }
  return text;
})();
export const NUL = 'a\u0000b';
/** No such day; not ISO; year 0, which the ISO pattern lets through and PostgreSQL refuses. */
const BAD_DATES = ['2026-02-30', '31.12.2026', '0000-01-01'];
const BAD_TIMES = ['2026-02-30T10:00:00Z', '0000-01-01T00:00:00Z'];
const DATE_NAME = /(On|Date|At|From|To|Until|date|from|to)$/;

/** One value to put in a field: `refused` when the schema certainly refuses it. */
export interface FieldValue {
  label: string;
  value: unknown;
  refused: boolean;
}

/** Wrong types, overlong and NUL strings, impossible dates, negative and huge numbers. */
export function badValues(name: string, s: JsonSchema, place: 'body' | 'query'): FieldValue[] {
  const values: FieldValue[] = [];
  const add = (label: string, value: unknown, alwaysRefused = false) =>
    values.push({ label, value, refused: alwaysRefused || refuses(s, value) });
  if (place === 'body') {
    // Two wrong types a field (string ↔ number, or an object; and null): a third adds time,
    // not cases, since the route's one zod schema answers them all the same way.
    const wrong = (
      [
        ['a number', 12345],
        ['a string', 'text'],
        ['an object', { a: 1 }],
      ] as const
    ).find(([, value]) => refuses(s, value));
    if (wrong) add(`${wrong[0]} instead`, wrong[1]);
    if (refuses(s, null)) add('null instead', null);
  } else if (allows(s, 'number') || s.enum) {
    add('not a number or option', 'nope');
  }
  if (allows(s, 'string')) {
    add('20,000 characters', LONG);
    add('a NUL character', NUL, true);
    if (hasFormat(s, 'date-time')) {
      for (const time of BAD_TIMES) add(`the time ${time}`, time);
    } else if (hasFormat(s, 'date') || DATE_NAME.test(name)) {
      for (const date of BAD_DATES) add(`the date ${date}`, date);
    }
  }
  if (allows(s, 'number')) {
    const asValue = (n: number) => (place === 'query' ? String(n) : n);
    for (const n of [-1, 2_147_483_648, 1e308]) {
      const value = asValue(n);
      values.push({ label: `the number ${n}`, value, refused: refuses(s, n) });
    }
  }
  if (place === 'body' && (allows(s, 'array') || allows(s, 'object'))) {
    const nested = withNul(plausible(s));
    if (JSON.stringify(nested).includes('\\u0000')) add('NUL characters inside', nested, true);
  }
  return values;
}

/** The object schema inside a field: its items' when it is an array of objects, else its own. */
function innerObject(s: JsonSchema): { schema: JsonSchema; list: boolean } | undefined {
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    for (const option of options) {
      const found = innerObject(option);
      if (found) return found;
    }
    return undefined;
  }
  if (typesOf(s).includes('array') && s.items && typesOf(s.items).includes('object'))
    return s.items.properties ? { schema: s.items, list: true } : undefined;
  if (typesOf(s).includes('object') && s.properties) return { schema: s, list: false };
  return undefined;
}

/**
 * Negative and huge numbers and impossible dates one level down (a plan's items, a list's
 * rows), where they would reach integer and date columns just the same.
 */
export function nestedBadValues(name: string, s: JsonSchema): FieldValue[] {
  const inner = innerObject(s);
  if (!inner) return [];
  const element = plausible(inner.schema) as Record<string, unknown>;
  const values: FieldValue[] = [];
  for (const [sub, subSchema] of Object.entries(inner.schema.properties ?? {})) {
    for (const bad of badValues(sub, subSchema, 'body')) {
      if (!/number|date|time/.test(bad.label)) continue;
      const changed = { ...element, [sub]: bad.value };
      const value = inner.list ? [changed] : changed;
      values.push({ label: `${sub} inside: ${bad.label}`, value, refused: refuses(s, value) });
    }
  }
  return values;
}
