import type { MatrixArea } from '../../testing/matrix.js';

/** The permission matrix's rows for stats: see access.matrix.test.ts. */
export const statsMatrix: MatrixArea = {
  actions: {
    'read stats': { route: 'GET /api/stats/overview', run: (c) => c.get('/api/stats/overview') },
    'read unit stats': { route: 'GET /api/stats/units', run: (c) => c.get('/api/stats/units') },
    'read weekly trend': { route: 'GET /api/stats/trend', run: (c) => c.get('/api/stats/trend') },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'read stats':             [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'read unit stats':        [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'read weekly trend':      [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  },
};
