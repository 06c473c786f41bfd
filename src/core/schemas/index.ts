export * from './audit.js';
export * from './common.js';
export * from './item.js';
export * from './ledger.js';
export * from './settings.js';
export * from './stats.js';
export * from './unit.js';
export * from './user.js';
