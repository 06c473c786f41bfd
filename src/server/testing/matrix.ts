import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';
import type { Client, Persona, World } from './world.js';

/**
 * The permission matrix (access.matrix.test.ts) is assembled from one area per
 * module (`modules/<m>/<m>.matrix.ts`), so that a new module brings its routes'
 * rows with it instead of growing one shared table.
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export interface MatrixAction {
  /** The route the action calls, as the OpenAPI document names it. */
  route: `${Method} /api/${string}`;
  run: (c: Client, p: Persona) => Promise<LightMyRequestResponse>;
}

/**
 * One module's rows: what each action does, and the status each persona must
 * get, in the order of PERSONAS (sup, sup=L, sup≠L, lead, uLead, uCoop, uOther,
 * sys, sec, aud, anon). 404 where the record is outside the user's scope (its
 * existence is not revealed), 403 where the role may not act at all, 401
 * without a session.
 */
export interface MatrixArea {
  actions: Record<string, MatrixAction>;
  expected: Record<string, number[]>;
}

/**
 * The app and world the matrix runs against, set by the test's `beforeAll`.
 * Actions read them when they run, not when the rows are declared.
 */
export const the = {} as { app: TestApp; world: World };

/** The persona's own account; the anonymous visitor logs in as the leader. */
export const ownAccount = (p: Persona) => the.world.users[p === 'anonymous' ? 'leader' : p];
