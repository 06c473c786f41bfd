import type { MatrixArea } from '../../testing/matrix.js';

/** The permission matrix's rows for settings: see access.matrix.test.ts. */
export const settingsMatrix: MatrixArea = {
  actions: {
    'read settings': { route: 'GET /api/settings', run: (c) => c.get('/api/settings') },
    'patch settings': {
      route: 'PATCH /api/settings',
      run: (c) => c.patch('/api/settings', { 'session.idleMinutes': 30 }),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'read settings':          [200, 200, 200,  403,  403,  403,  403,   200, 200, 403, 401],
    'patch settings':         [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  },
};
