export * from './definition.js';
export * from './conditions.js';
export * from './validate.js';
export * from './load.js';
export * from './needs.js';
