export * from './fold.js';
export * from './vocabulary.js';
