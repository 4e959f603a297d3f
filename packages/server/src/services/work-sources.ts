import type { WorkSource } from './home.js';
import type { CaseConfig } from './cases/config.js';
import { careChildWorkSources } from './care-child/work.js';
import { dvWorkSources } from './care-dv/work.js';
import { employmentWorkSources } from './employment/work.js';
import { caseWorkSources } from './cases/work.js';
import { referralWorkSources } from './referrals/work.js';
import { requestWorkSources } from './requests/work.js';

/** Every kind of work-queue item, by area. An area adds its sources here. */
export function workSources(config: CaseConfig): WorkSource[] {
  return [
    ...caseWorkSources(config),
    ...referralWorkSources,
    ...requestWorkSources,
    ...careChildWorkSources(config),
    ...dvWorkSources(config),
    ...employmentWorkSources(config),
  ];
}
