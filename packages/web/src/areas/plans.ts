// Route chunk: municipal action plans, their indicators and charts, the needs analysis.
// Loaded by router.tsx on the first visit to one of these pages.
export { ActionPlanPage } from '../features/action-plans/ActionPlanPage';
export { ActionPlansPage } from '../features/action-plans/ActionPlansPage';
export { ComparePage } from '../features/action-plans/ComparePage';
export { NeedsAnalysisPage } from '../features/needs-analysis/NeedsAnalysisPage';
