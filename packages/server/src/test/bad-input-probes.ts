import { errorBody } from '@vatra/core';
import type { FastifyInstance } from 'fastify';
import type { RecordKind, RouteAccess } from '../http/route-access.js';
import {
  badValues,
  nestedBadValues,
  plausible,
  refuses,
  UNKNOWN_PATH_UUID,
  type ApiOperation,
  type JsonSchema,
} from './bad-input-cases.js';
import type { Subject } from './bad-input-subjects.js';
import type { Sample } from './matrix-samples.js';

// The bad-input sweep's requests (http/bad-input.test.ts): for one operation, the malformed
// requests of bad-input-cases.ts as a user the route admits would send them, each with what it
// must get; and the sweep that sends them and says what came back wrong.

/** What the probes are made from: the app, its operations and the records of each place. */
export interface SweepContext {
  app: FastifyInstance;
  operations: { op: ApiOperation; access: RouteAccess | undefined }[];
  sampleRecord: (kind: RecordKind, place: string) => Promise<Sample>;
}

/** One request of the sweep and what it must get. */
export interface Probe {
  label: string;
  subject: Subject | undefined;
  method: string;
  url: string;
  body?: unknown;
  raw?: string;
  /** 'field': a 400 naming it; 'unreadable': a 400; 'missing': 400 or 404; 'any': no 5xx. */
  expect: { kind: 'field'; field: string } | { kind: 'unreadable' | 'missing' | 'any' };
}

export function scopedAccess(access: RouteAccess | undefined) {
  return access && !('public' in access) ? access : undefined;
}

/** The URL with each path parameter filled: the record of the subject's place for :id. */
async function pathOf(
  ctx: SweepContext,
  op: ApiOperation,
  subject: Subject | undefined,
  override: Record<string, string> = {},
) {
  let url = op.url;
  const record = scopedAccess(ctx.operations.find((o) => o.op === op)?.access)?.record;
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    let value = override[p.name];
    if (value === undefined && p.name === 'id' && record && subject)
      value = (await ctx.sampleRecord(record, subject.placeFor(record))).id;
    value ??= String(plausible(p.schema));
    url = url.replace(`:${p.name}`, encodeURIComponent(value));
  }
  return url;
}

function queryOf(op: ApiOperation, values: Record<string, string> = {}, without?: string): string {
  const query = new URLSearchParams();
  for (const p of op.parameters.filter((x) => x.in === 'query' && x.required && x.name !== without))
    query.set(p.name, String(plausible(p.schema)));
  for (const [k, v] of Object.entries(values)) query.set(k, v);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Body fields that name a record: they get one of the subject's place, so handlers go further. */
const REFERENCES: Record<string, RecordKind> = {
  personId: 'person',
  householdId: 'household',
  caseId: 'case',
  institutionId: 'institution',
  referralId: 'referral',
  requestId: 'request',
  callId: 'call',
  careCaseId: 'care_case',
  providerId: 'care_provider',
};

/** The smallest body the schema most likely accepts, naming real records of the subject's place. */
async function plausibleBody(
  ctx: SweepContext,
  body: JsonSchema,
  subject: Subject | undefined,
): Promise<Record<string, unknown>> {
  const value = plausible(body) as Record<string, unknown>;
  if (!subject || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  for (const [name, kind] of Object.entries(REFERENCES)) {
    if (value[name] !== undefined) value[name] = (await ctx.sampleRecord(kind, subject.placeFor(kind))).id;
  }
  return value;
}

/** The probes of one operation: [must be refused (and write nothing), may be accepted]. */
export async function probesOf(
  ctx: SweepContext,
  op: ApiOperation,
  subject: Subject | undefined,
): Promise<[Probe[], Probe[]]> {
  const refused: Probe[] = [];
  const accepted: Probe[] = [];
  const base = `${subject?.username ?? 'anonymous'} ${op.method} ${op.url}`;
  const url = await pathOf(ctx, op, subject);
  const query = queryOf(op);
  const valid = op.body ? await plausibleBody(ctx, op.body, subject) : undefined;
  const probe = (label: string, extra: Partial<Probe> & Pick<Probe, 'expect'>): Probe => ({
    label: `${base}: ${label}`,
    subject,
    method: op.method,
    url: `${url}${query}`,
    ...(valid ? { body: valid } : {}),
    ...extra,
  });

  if (op.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(op.method))
    refused.push(probe('a body that is not JSON', { raw: '{', expect: { kind: 'unreadable' } }));
  const body = op.body;
  if (body && valid) {
    refused.push(probe('a JSON array', { body: [], expect: { kind: 'field', field: '' } }));
    const required = body.required ?? [];
    if (required.length)
      refused.push(
        probe('an empty object', { body: {}, expect: { kind: 'field', field: required[0] ?? '' } }),
      );
    for (const name of required) {
      const rest = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== name));
      refused.push(probe(`${name} missing`, { body: rest, expect: { kind: 'field', field: name } }));
    }
    for (const [name, schema] of Object.entries(body.properties ?? {})) {
      for (const bad of [...badValues(name, schema, 'body'), ...nestedBadValues(name, schema)]) {
        (bad.refused ? refused : accepted).push(
          probe(`${name}: ${bad.label}`, {
            body: { ...valid, [name]: bad.value },
            expect: bad.refused ? { kind: 'field', field: name } : { kind: 'any' },
          }),
        );
      }
    }
  }
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    if (p.required)
      refused.push(
        probe(`query ${p.name} missing`, {
          url: `${url}${queryOf(op, {}, p.name)}`,
          expect: { kind: 'field', field: p.name },
        }),
      );
    for (const bad of badValues(p.name, p.schema, 'query')) {
      (bad.refused ? refused : accepted).push(
        probe(`query ${p.name}: ${bad.label}`, {
          url: `${url}${queryOf(op, { [p.name]: String(bad.value) })}`,
          expect: bad.refused ? { kind: 'field', field: p.name } : { kind: 'any' },
        }),
      );
    }
  }
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    if (refuses(p.schema, 'not-a-uuid'))
      accepted.push(
        probe(`${p.name} not a UUID`, {
          url: `${await pathOf(ctx, op, subject, { [p.name]: 'not-a-uuid' })}${query}`,
          expect: { kind: 'missing' },
        }),
      );
    if (p.schema.format === 'uuid')
      accepted.push(
        probe(`${p.name} an unknown UUID`, {
          url: `${await pathOf(ctx, op, subject, { [p.name]: UNKNOWN_PATH_UUID })}${query}`,
          expect: { kind: 'missing' },
        }),
      );
  }
  return [refused, accepted];
}

async function send(ctx: SweepContext, probe: Probe) {
  const options = {
    method: probe.method as 'POST',
    url: probe.url,
    ...(probe.raw !== undefined
      ? { payload: probe.raw, headers: { 'content-type': 'application/json' } }
      : probe.body !== undefined
        ? { payload: JSON.stringify(probe.body), headers: { 'content-type': 'application/json' } }
        : {}),
  };
  return probe.subject ? probe.subject.session.request(options) : ctx.app.inject(options);
}

/** Codes of refusals a service makes before it looks at the record: not_commission, not_dv_case, … */
const SERVICE_REFUSAL = /^(not_|child_protection_only$)/;

/** What is wrong with the answer to a probe, or undefined. */
function problemOf(probe: Probe, status: number, text: string): string | undefined {
  if (status >= 500) return `${status} ${text.slice(0, 200)}`;
  if (probe.expect.kind === 'any' && status < 400) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${status}, not JSON: ${text.slice(0, 100)}`;
  }
  const parsed = errorBody.safeParse(json);
  if (!parsed.success || !parsed.data.error.message)
    return `${status}, not the error JSON: ${text.slice(0, 200)}`;
  const { code, fields } = parsed.data.error;
  switch (probe.expect.kind) {
    case 'any':
      return undefined;
    case 'missing':
      // 400 or 404; or what a service checks before it looks the record up: its own refusal (a
      // user outside a commission, a care case of another kind) or a body field (422 naming it).
      return [400, 404].includes(status) || SERVICE_REFUSAL.test(code) || (status === 422 && fields)
        ? undefined
        : `${status} ${code} (expected 400 or 404)`;
    case 'unreadable':
      return status === 400 ? undefined : `${status} ${code} (expected 400)`;
    case 'field': {
      if (status !== 400 || code !== 'validation') return `${status} ${code} (expected a 400 validation)`;
      const field = probe.expect.field;
      const named = Object.keys(fields ?? {}).some(
        (k) => field === '' || k === field || k.startsWith(`${field}.`),
      );
      return named ? undefined : `fields ${JSON.stringify(fields)} do not name ${field || 'the body'}`;
    }
  }
}

export async function sweep(ctx: SweepContext, probes: Probe[], parallel: number): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < probes.length; i += parallel) {
    const batch = probes.slice(i, i + parallel);
    const answers = await Promise.all(batch.map((probe) => send(ctx, probe)));
    batch.forEach((probe, j) => {
      const answer = answers[j];
      const problem = answer ? problemOf(probe, answer.statusCode, answer.body) : 'no answer';
      if (problem) problems.push(`${probe.label} → ${problem}`);
    });
  }
  return problems;
}
