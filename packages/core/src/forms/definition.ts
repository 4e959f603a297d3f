import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { NEED_DOMAINS } from './needs.js';

// Forms are data: a versioned definition in config/forms/<country>/<key>.v<version>.json gives
// sections, fields, types, options, conditions and translations. One generic renderer shows it
// and the server validates a submission against the version it was filled in (validate.ts).
// The schema below also checks what zod alone cannot: unique keys, and conditions that point to
// an existing earlier field with a value that field can hold.

export { NEED_DOMAINS, NEED_PRIORITIES, type NeedDomain, type NeedPriority } from './needs.js';

export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'boolean',
  'single_choice',
  'multiple_choice',
  'need',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * What a repeated section repeats over: every member of the household, the members under 18,
 * or the members aged 18 and over. The server supplies the ids of those members.
 */
export const REPEAT_OVER = ['household_members', 'children', 'adults'] as const;
export type RepeatOver = (typeof REPEAT_OVER)[number];

/** The key each item of a repeated section carries: the id of the member it is about. */
export const MEMBER_KEY = 'member';

/** Countries that ship form definitions (the codes of config/<country>/country.json). */
export const FORM_COUNTRIES = ['XK', 'AL'] as const;

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores, starting with a letter');

const fieldRef = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, "a field reference 'section.field'");

export type ConditionValue = string | number | boolean;

/**
 * A condition over earlier answers, as data. `equals` and `in` on a multiple-choice field are
 * true when one of the chosen options matches. An unanswered or hidden field matches nothing.
 */
export type Condition =
  | { field: string; equals: ConditionValue }
  | { field: string; in: ConditionValue[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const conditionValue = z.union([z.string().min(1), z.number(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ field: fieldRef, equals: conditionValue }),
      z.strictObject({ field: fieldRef, in: z.array(conditionValue).min(1) }),
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
    ],
    { error: 'a condition is {field, equals}, {field, in}, {all}, {any} or {not}' },
  ),
);

const fieldBase = {
  key,
  label: localizedText,
  help: localizedText.optional(),
  /** Always, never, or when a condition holds. Only a visible field can be required. */
  required: z.union([z.boolean(), conditionSchema]).default(false),
  /** Shown (and accepted) only when this holds; a hidden field must stay empty. */
  visibleWhen: conditionSchema.optional(),
};

export const optionSchema = z.strictObject({ key, label: localizedText });
const options = z.array(optionSchema).min(1, 'at least one option');

export const textFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('text'),
  minLength: z.number().int().min(1).optional(),
  maxLength: z.number().int().min(1).max(2000).default(200),
});

export const textareaFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('textarea'),
  minLength: z.number().int().min(1).optional(),
  maxLength: z.number().int().min(1).max(20000).default(4000),
});

export const numberFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
  /** Shown after the input ("EUR", "m²"). */
  unit: localizedText.optional(),
});

export const dateFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('date') });

export const booleanFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('boolean') });

export const singleChoiceFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('single_choice'),
  options,
});

export const multipleChoiceFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('multiple_choice'),
  options,
  minSelected: z.number().int().min(1).optional(),
});

/**
 * A structured need: whether there is one and, if so, its domain, priority and a note. A
 * definition may fix the domain (the housing section's need is a housing need); otherwise the
 * officer chooses it.
 */
export const needFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('need'),
  domain: z.enum(NEED_DOMAINS).optional(),
});

export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  textareaFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  booleanFieldSchema,
  singleChoiceFieldSchema,
  multipleChoiceFieldSchema,
  needFieldSchema,
]);

export const sectionSchema = z.strictObject({
  key,
  title: localizedText,
  description: localizedText.optional(),
  /** Repeated once per member: the submission holds an array of items, each with `member`. */
  repeat: z.strictObject({ over: z.enum(REPEAT_OVER) }).optional(),
  fields: z.array(fieldSchema).min(1),
});

export const formDefinitionShape = z.strictObject({
  key,
  version: z.number().int().min(1),
  country: z.enum(FORM_COUNTRIES),
  title: localizedText,
  description: localizedText.optional(),
  sections: z.array(sectionSchema).min(1),
});

export type FormDefinition = z.infer<typeof formDefinitionShape>;
export type FormSection = FormDefinition['sections'][number];
export type FormField = FormSection['fields'][number];
export type FormOption = z.infer<typeof optionSchema>;

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

interface KnownField {
  field: FormField;
  section: FormSection;
}

/** The rules of a definition zod cannot express; each problem is reported with its path. */
export function checkDefinition(definition: FormDefinition, report: Report): void {
  const sectionKeys = new Set<string>();
  const all = new Map<string, number>();
  definition.sections.forEach((section, s) => {
    section.fields.forEach((field) => all.set(`${section.key}.${field.key}`, s));
  });
  const known = new Map<string, KnownField>();

  definition.sections.forEach((section, s) => {
    const at: Path = ['sections', s];
    if (sectionKeys.has(section.key)) report([...at, 'key'], `section key ${section.key} is used twice`);
    sectionKeys.add(section.key);
    const fieldKeys = new Set<string>();
    section.fields.forEach((field, f) => {
      const here: Path = [...at, 'fields', f];
      if (fieldKeys.has(field.key)) {
        report([...here, 'key'], `field key ${field.key} is used twice in section ${section.key}`);
      }
      fieldKeys.add(field.key);
      if (field.key === MEMBER_KEY) {
        report([...here, 'key'], `${MEMBER_KEY} is reserved for the member of a repeated section`);
      }
      if (field.type === 'single_choice' || field.type === 'multiple_choice') {
        const optionKeys = new Set<string>();
        field.options.forEach((option, o) => {
          if (optionKeys.has(option.key)) {
            report([...here, 'options', o, 'key'], `option key ${option.key} is used twice`);
          }
          optionKeys.add(option.key);
        });
        if (
          field.type === 'multiple_choice' &&
          field.minSelected &&
          field.minSelected > field.options.length
        ) {
          report([...here, 'minSelected'], `more than the ${field.options.length} options`);
        }
      }
      if (
        field.type === 'number' &&
        field.min !== undefined &&
        field.max !== undefined &&
        field.min > field.max
      ) {
        report([...here, 'max'], `max ${field.max} is below min ${field.min}`);
      }
      if (
        (field.type === 'text' || field.type === 'textarea') &&
        field.minLength &&
        field.minLength > field.maxLength
      ) {
        report([...here, 'maxLength'], `maxLength ${field.maxLength} is below minLength ${field.minLength}`);
      }
      const checkCondition = (condition: Condition, path: Path) =>
        checkConditionRefs(condition, path, { section, known, all, report });
      if (typeof field.required === 'object') checkCondition(field.required, [...here, 'required']);
      if (field.visibleWhen) checkCondition(field.visibleWhen, [...here, 'visibleWhen']);
      known.set(`${section.key}.${field.key}`, { field, section });
    });
  });
}

interface ConditionScope {
  /** The section of the field the condition belongs to. */
  section: FormSection;
  /** Fields before it, by 'section.field'. */
  known: Map<string, KnownField>;
  /** Every field of the definition, to tell "later" from "unknown". */
  all: Map<string, number>;
  report: Report;
}

function checkConditionRefs(condition: Condition, path: Path, scope: ConditionScope): void {
  if ('all' in condition) {
    condition.all.forEach((inner, i) => checkConditionRefs(inner, [...path, 'all', i], scope));
    return;
  }
  if ('any' in condition) {
    condition.any.forEach((inner, i) => checkConditionRefs(inner, [...path, 'any', i], scope));
    return;
  }
  if ('not' in condition) {
    checkConditionRefs(condition.not, [...path, 'not'], scope);
    return;
  }
  const target = scope.known.get(condition.field);
  if (!target) {
    const message = scope.all.has(condition.field)
      ? `${condition.field} is not an earlier field (a condition can only look back)`
      : `unknown field ${condition.field}`;
    scope.report([...path, 'field'], message);
    return;
  }
  if (target.section.repeat && target.section !== scope.section) {
    scope.report(
      [...path, 'field'],
      `${condition.field} is in the repeated section ${target.section.key}; only its own fields can refer to it`,
    );
    return;
  }
  if (target.field.type === 'need') {
    scope.report([...path, 'field'], `${condition.field} is a need; conditions cannot look at needs`);
    return;
  }
  const values = 'equals' in condition ? [condition.equals] : condition.in;
  const valuePath: Path = 'equals' in condition ? [...path, 'equals'] : [...path, 'in'];
  for (const value of values) {
    const problem = valueProblem(target.field, value);
    if (problem) scope.report(valuePath, `${condition.field}: ${problem}`);
  }
}

function valueProblem(field: FormField, value: ConditionValue): string | undefined {
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${String(value)} is not true or false`;
    case 'number':
      return typeof value === 'number' ? undefined : `${String(value)} is not a number`;
    case 'single_choice':
    case 'multiple_choice':
      return typeof value === 'string' && field.options.some((option) => option.key === value)
        ? undefined
        : `${String(value)} is not one of its options`;
    default:
      return typeof value === 'string' ? undefined : `${String(value)} is not a text`;
  }
}

/** A form definition, fully checked. */
export const formDefinitionSchema = formDefinitionShape.superRefine((definition, ctx) => {
  checkDefinition(definition, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});
