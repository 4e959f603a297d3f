export * from './config.js';
export * from './measures.js';
export * from './compute.js';
export * from './staffing.js';
export * from './csv.js';
