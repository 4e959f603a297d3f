// Export and import of a municipal action plan as JSON and as XLSX.
export { planFromJson, planToJson } from './json.js';
export { planFromXlsx, planToXlsx } from './xlsx.js';
export {
  formatPath,
  problemPlace,
  problemsToFields,
  type ImportProblem,
  type PlanImport,
} from './problems.js';
