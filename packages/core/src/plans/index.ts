export * from './schema.js';
export * from './load.js';
export * from './progress.js';
export * from './budget.js';
export * from './deadlines.js';
