export * from './common.js';
export * from './item.js';
export * from './ledger.js';
export * from './meeting.js';
export * from './unit.js';
export * from './user.js';
