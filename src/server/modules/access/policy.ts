/**
 * The access module's front door: services ask here who may do what. The
 * grants table itself is pure and shared with the web app (core/access.ts);
 * per-entity rules live beside their services (`*.policy.ts`).
 */
export type { Permission } from '../../../core/access.js';
export { authorize, can, writesAsUnit } from './authorize.js';
export { checkAccess } from './check-access.js';
export { type ItemScope, inItemScope, isUnlimited, itemScope, scopePredicate } from './scope.js';
