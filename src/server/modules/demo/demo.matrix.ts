import type { MatrixArea } from '../../testing/matrix.js';

/** The permission matrix's rows for the demo state: see access.matrix.test.ts. */
export const demoMatrix: MatrixArea = {
  actions: {
    'ask whether this is a demo': { route: 'GET /api/demo', run: (c) => c.get('/api/demo') },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                                sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'ask whether this is a demo':     [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
  },
};
