export * from './sources.js';
export * from './schema.js';
export * from './definitions.js';
export * from './describe.js';
