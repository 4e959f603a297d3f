export * from './common.js';
export * from './auth.js';
export * from './admin.js';
export * from './audit.js';
export * from './home.js';
export * from './registry.js';
