import type { CountryConfig, ExtractedNeed, FormDefinition } from '@vatra/core';
import type { Insertable } from 'kysely';
import type { CaseDatabase, CaseStage, ClosureRecord } from '../../storage/cases/tables.js';
import type { PersonValues } from '../../storage/registry/persons.js';
import type { MemberIds } from './answers.js';
import type { DemoFamily } from './family.js';
import type { Municipality } from './names.js';
import type { CaseSpec } from './plan.js';

// What the demo's case builder (build.ts) works with: what it needs from the database, the rows
// it produces, the state of one case while its story is acted out, and who acts in each place.

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export const PLACE: Record<Municipality, string> = {
  'XK-KAC': 'kacanik',
  'XK-PEJ': 'peja',
  'XK-GJL': 'gjilan',
};
export const COORDINATOR: Record<Municipality, string | null> = {
  'XK-KAC': null,
  'XK-PEJ': 'rc.peja',
  'XK-GJL': 'rc.gjilan',
};

/** The demo users who work the cases, per municipality, and the regional coordinators. */
export function demoActorNames(): string[] {
  return Object.values(PLACE)
    .flatMap((place) => ['zkkk', 'qps', 'cm', 'zp', 'dka'].map((role) => `${role}.${place}`))
    .concat(['rc.peja', 'rc.gjilan']);
}

export interface DemoActor {
  id: string;
  username: string;
  fullName: string;
  institutionId: string;
}

/** What the builder needs from the database. */
export interface BuildContext {
  /** The demo's "now": every step happens before it. */
  now: Date;
  country: CountryConfig;
  forms: FormDefinition[];
  /** Municipality code → jurisdiction id. */
  jurisdictions: Map<string, string>;
  /** Active institutions: code → id. */
  institutions: Map<string, string>;
  actors: Map<string, DemoActor>;
  /** Numbers already taken: `${series}/${year}` → last value. */
  sequences: Map<string, number>;
}

export type Row<T extends keyof CaseDatabase> = Insertable<CaseDatabase[T]> & { id: string };
export type PersonRow = PersonValues & { id: string; created_at: Date; updated_at: Date };

/** A document: its row (the storage key comes once the bytes are stored) and its bytes. */
export interface DemoDocument {
  row: Omit<Row<'documents'>, 'storage_key'>;
  bytes: Buffer;
}

export interface DemoRows {
  households: Row<'households'>[];
  persons: PersonRow[];
  cases: Row<'cases'>[];
  team: Insertable<CaseDatabase['case_team']>[];
  visits: Row<'case_visits'>[];
  submissions: Row<'form_submissions'>[];
  plans: Row<'case_plans'>[];
  planItems: Row<'case_plan_items'>[];
  assignments: Row<'case_manager_assignments'>[];
  referrals: Row<'referrals'>[];
  monitoring: Row<'monitoring_entries'>[];
  certificates: Row<'certificates'>[];
  documents: DemoDocument[];
  events: Row<'case_events'>[];
  /** The last number used per series and year (including those taken before the seed). */
  sequences: { series: string; year: number; last_value: number }[];
}

/** One case while its story is acted out: its rows so far and what later steps read. */
export interface CaseState {
  spec: CaseSpec;
  municipality: Municipality;
  family: DemoFamily;
  row: Row<'cases'>;
  household: Row<'households'>;
  persons: PersonRow[];
  members: MemberIds;
  /** The members the forms' repeated sections cover (as the form service reads them). */
  formMembers: ReturnType<typeof formMembers>;
  headId: string;
  stage: CaseStage;
  closure: ClosureRecord | null;
  fvnId?: string;
  needs: ExtractedNeed[];
  plan?: Row<'case_plans'>;
  items: Row<'case_plan_items'>[];
  approved: boolean;
  periods: Set<string>;
  fvnSeries?: string;
}

export const isoDate = (at: Date | number) => new Date(at).toISOString().slice(0, 10);

/** Whole years of age on `today`, as the form service counts them (children are under 18). */
export function ageOn(dateOfBirth: string | null, today: Date): number | null {
  if (!dateOfBirth) return null;
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  let years = today.getUTCFullYear() - born.getUTCFullYear();
  if (
    today.getUTCMonth() < born.getUTCMonth() ||
    (today.getUTCMonth() === born.getUTCMonth() && today.getUTCDate() < born.getUTCDate())
  )
    years -= 1;
  return years;
}

/** The members each repeated section of a form covers, as services/cases/forms.ts reads them. */
export function formMembers(persons: { id: string; date_of_birth?: string | null }[], today: Date) {
  const isChild = (dob: string | null | undefined) => (ageOn(dob ?? null, today) ?? 99) < 18;
  return {
    household_members: persons.map((p) => p.id),
    children: persons.filter((p) => isChild(p.date_of_birth)).map((p) => p.id),
    adults: persons.filter((p) => !isChild(p.date_of_birth)).map((p) => p.id),
  };
}
