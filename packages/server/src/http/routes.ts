import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actionPlanExchangeRoutes } from './routes/action-plan-exchange.js';
import { actionPlanProgressRoutes } from './routes/action-plan-progress.js';
import { actionPlanRoutes } from './routes/action-plans.js';
import { adminInstitutionRoutes } from './routes/admin-institutions.js';
import { adminRoleRoutes } from './routes/admin-roles.js';
import { adminUserRoutes } from './routes/admin-users.js';
import { auditAndHomeRoutes, countrySettingsRoute } from './routes/audit-home.js';
import { authRoutes } from './routes/auth.js';
import { callRoutes } from './routes/calls.js';
import { casePaperRoutes } from './routes/case-papers.js';
import { careRoutes } from './routes/care.js';
import { careChildRoutes } from './routes/care-child.js';
import { careDvRoutes } from './routes/care-dv.js';
import { commissionRoutes } from './routes/commissions.js';
import { directoryRoutes } from './routes/directory.js';
import { employmentRoutes } from './routes/employment.js';
import { caseRoutes } from './routes/cases.js';
import { careServiceRoutes } from './routes/care-services.js';
import { socialFundRoutes } from './routes/social-fund.js';
import { documentRoutes } from './routes/documents.js';
import { formRoutes } from './routes/forms.js';
import { needsAnalysisRoutes } from './routes/needs-analysis.js';
import { planRegisterRoutes } from './routes/plan-registers.js';
import { referralRoutes } from './routes/referrals.js';
import { registryRoutes } from './routes/registry.js';
import { requestRoutes } from './routes/requests.js';
import { schemeReportRoutes } from './routes/scheme-reports.js';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  authRoutes(api);
  adminUserRoutes(api);
  adminInstitutionRoutes(api);
  adminRoleRoutes(api);
  auditAndHomeRoutes(api);
  countrySettingsRoute(api);
  formRoutes(api);
  registryRoutes(api);
  caseRoutes(api);
  actionPlanRoutes(api);
  actionPlanProgressRoutes(api);
  actionPlanExchangeRoutes(api);
  planRegisterRoutes(api);
  directoryRoutes(api);
  casePaperRoutes(api);
  referralRoutes(api);
  documentRoutes(api);
  commissionRoutes(api);
  requestRoutes(api);
  careServiceRoutes(api);
  socialFundRoutes(api);
  schemeReportRoutes(api);
  callRoutes(api);
  careRoutes(api);
  careChildRoutes(api);
  careDvRoutes(api);
  needsAnalysisRoutes(api);
  employmentRoutes(api);
}
