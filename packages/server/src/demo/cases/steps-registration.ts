import { addDeadline, personInput } from '@vatra/core';
import { clockStart } from '../../services/cases/open.js';
import { formatNumber, localCode } from '../../services/cases/numbering.js';
import { toPersonValues } from '../../services/registry/write.js';
import type { MemberIds } from './answers.js';
import { PLACE, formMembers, isoDate, type CaseState, type PersonRow, type Row } from './build-context.js';
import type { DemoFamily } from './family.js';
import type { CaseSpec } from './plan.js';
import type { Workbench } from './workbench.js';

// The first steps of a demo case, as the registry and case services write them: the household
// with its members and the case with its number, then the head of household's certificate.

/** What a case starts with when it is opened, or continued after a transfer: nobody assigned yet. */
export const OPENED = {
  stage: 'registered',
  status: 'open',
  case_manager_id: null,
  outcome: null,
  closed_at: null,
  closed_by: null,
  closure: null,
  transferred_to: null,
  reopened_count: 0,
  version: 1,
} as const;

/** createHousehold + openCase (services/registry/households.ts, services/cases/open.ts). */
export function registerCase(w: Workbench, spec: CaseSpec, family: DemoFamily, at: Date): CaseState {
  const m = spec.municipality;
  const registrar = w.actor(`zkkk.${PLACE[m]}`);
  const jurisdictionId = w.jurisdiction(m);
  const household: Row<'households'> = {
    id: w.uuid(),
    jurisdiction_id: jurisdictionId,
    settlement: family.settlement,
    address_line: family.addressLine,
    phone: null,
    created_by: registrar.id,
    created_at: at,
    updated_at: at,
  };
  w.rows.households.push(household);
  const persons = family.members.map((member) => {
    const values = toPersonValues(personInput.parse(member.input), {
      jurisdictionId,
      householdId: household.id,
      createdBy: registrar.id,
    });
    const row: PersonRow = { ...values, id: w.uuid(), created_at: at, updated_at: at };
    return row;
  });
  w.rows.persons.push(...persons);
  const head = persons[0];
  if (!head) throw new Error(`demo seed: ${spec.key} has nobody in its household`);
  const members: MemberIds = { adults: [], children: [] };
  family.members.forEach((member, index) => {
    const id = persons[index]?.id ?? '';
    if (member.age < 18) members.children.push({ id, age: member.age });
    else members.adults.push(id);
  });
  const foreigner = ['foreigner_protection', 'foreigner_residence'].includes(head.category);
  const kind = foreigner ? 'foreigner' : 'returnee';
  const start = clockStart({ category: head.category, statusGrantDate: head.status_grant_date ?? null }, at);
  const deadlines = w.context.country.country.deadlines;
  const year = at.getUTCFullYear();
  const number = formatNumber(localCode(m), year, w.take(`case:${m}`, year));
  const row: Row<'cases'> = {
    id: w.uuid(),
    number,
    jurisdiction_id: jurisdictionId,
    household_id: household.id,
    person_id: head.id,
    kind,
    clock_start: start,
    visit_due_at: addDeadline(start, deadlines.homeVisit),
    closure_due_on: isoDate(addDeadline(start, deadlines.caseClosure)),
    ...OPENED,
    sensitivity: spec.sensitive ? 'sensitive' : 'normal',
    transferred_from: null,
    rent_fund_since: null,
    rent_reviewed_on: null,
    registered_by: registrar.id,
    created_at: at,
    updated_at: at,
  };
  w.rows.cases.push(row);
  const state: CaseState = {
    spec,
    municipality: m,
    family,
    row,
    household,
    persons,
    members,
    formMembers: formMembers(persons, w.context.now),
    headId: head.id,
    stage: 'registered',
    closure: null,
    needs: [],
    items: [],
    approved: false,
    periods: new Set(),
  };
  w.joinTeam(state, registrar, 'registrar', at);
  w.event(state, registrar, at, 'case.opened', { number, kind }, head.id);
  return state;
}

/** services/cases/closure.ts issueCertificate, for the head of household. */
export function issueCertificate(w: Workbench, state: CaseState | undefined, at: Date): void {
  if (!state) return;
  const zkkk = w.actor(`zkkk.${PLACE[state.municipality]}`);
  const issuedOn = isoDate(at);
  const year = Number(issuedOn.slice(0, 4));
  const code = state.municipality;
  const number = formatNumber(`VR-${localCode(code)}`, year, w.take(`certificate:${code}`, year));
  w.rows.certificates.push({
    id: w.uuid(),
    case_id: state.row.id,
    person_id: state.headId,
    number,
    issued_on: issuedOn,
    issued_by: zkkk.id,
    created_at: at,
  });
  w.event(state, zkkk, at, 'certificate.issued', { number }, state.headId);
}
