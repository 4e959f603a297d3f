import {
  CARE_ASSESSMENT_FORM,
  CARE_RISK_LEVELS,
  validateSubmission,
  type CareCaseDetail,
  type CareRiskLevel,
  type careAssessBody,
} from '@vatra/core';
import type { z } from 'zod';
import { HttpError } from '../../http/errors.js';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';
import { advanceTo, joinCareTeam, lockCareCase, touchCareCase } from './access.js';
import { careForm, type CareConfig } from './config.js';
import { careErrors } from './errors.js';
import { recordCareEvent } from './events.js';
import { getCareCase } from './read.js';

/** The risk level the form records (risk.risk_level); the definition requires it. */
function riskOf(data: Record<string, unknown>): CareRiskLevel | undefined {
  const section = data.risk;
  if (typeof section !== 'object' || section === null) return undefined;
  const level = (section as Record<string, unknown>).risk_level;
  return CARE_RISK_LEVELS.find((candidate) => candidate === level);
}

/**
 * Records a needs and risk assessment (NJVNR in Albania, the CSW/QPS in Kosovo) against the
 * country's form definition, version given or newest. Problems → 400 naming each field
 * ("data.risk.risk_level"). Sets the case's risk level; the first one moves it to "assessed".
 */
export async function assessCareCase(
  access: AccessContext,
  config: CareConfig,
  id: string,
  body: z.infer<typeof careAssessBody>,
): Promise<CareCaseDetail> {
  const definition = careForm(config, access, CARE_ASSESSMENT_FORM, body.formVersion);
  if (!definition) throw careErrors.formNotConfigured();
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCareCase(trx, access, id, body.version);
    const result = validateSubmission(definition, body.data);
    if (!result.ok) {
      throw new HttpError(
        400,
        'validation',
        'server.errors.validation',
        {},
        Object.fromEntries(
          result.problems.map((problem) => [
            `data.${problem.path}`,
            { key: problem.key, values: problem.values },
          ]),
        ),
      );
    }
    const risk = riskOf(result.data);
    if (!risk) {
      throw new HttpError(
        400,
        'validation',
        'server.errors.validation',
        {},
        { 'data.risk.risk_level': { key: 'server.fields.required' } },
      );
    }
    const inserted = await careDb(trx)
      .insertInto('care_assessments')
      .values({
        care_case_id: id,
        form_key: definition.key,
        form_version: definition.version,
        data: JSON.stringify(result.data),
        risk_level: risk,
        institution_id: user.institutionId,
        assessed_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchCareCase(trx, id, {
      risk_level: risk,
      status: advanceTo(kase.status, 'assessed'),
      ...(kase.workerId ? {} : { worker_id: user.userId }),
    });
    await joinCareTeam(trx, id, user.userId, 'worker');
    await recordCareEvent(trx, access, id, 'care.assessed', {
      form: definition.key,
      version: definition.version,
      riskLevel: risk,
    });
    await access.audit(trx, {
      action: 'care.assess',
      recordType: 'care_case',
      recordId: id,
      details: { assessment: inserted.id, riskLevel: risk },
    });
  });
  return getCareCase(access, id, { audited: true });
}
