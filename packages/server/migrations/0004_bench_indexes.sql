-- Indexes found missing by the national-scale benchmark (bench/national: 80,000 cases, 100,000
-- referrals, 48,000 certificates), each for a query that otherwise reads a whole table.

-- The case file (services/cases/parts.ts) lists the case's certificates: `where case_id = $1
-- order by issued_on`. Without this index every case open scans all certificates of the country
-- (a sequential scan of 48,000 rows, 5 ms, growing with every certificate issued).
create index certificates_case on certificates (case_id, issued_on);

-- The sender's side of the referral queue (services/referrals/work.ts, "referral_unanswered",
-- on the home screen of everyone with referral.send): `where status in ('sent', 'received') and
-- from_institution_id = $1 and sent_at + 14 days < now()`. referrals_inbox serves only the
-- receiving institution; without this one each home screen scans all referrals of the country
-- (100,000 rows, 40-90 ms).
create index referrals_outbox on referrals (from_institution_id, status, sent_at);

-- The plan queues (services/cases/work.ts "plan_approval": exists a draft plan; "plan_missing":
-- assessed and no draft) probe case_plans once per open case of the jurisdiction (4,000 in
-- Prizren). Drafts are few (a plan is a draft for days): with this partial index the planner
-- reads them once and merges them with the cases instead (Prizren 58 ms → 11 ms).
create index case_plans_drafts on case_plans (case_id) where status = 'draft';
