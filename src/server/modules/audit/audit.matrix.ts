import type { MatrixArea } from '../../testing/matrix.js';

/** The permission matrix's rows for audit: see access.matrix.test.ts. */
export const auditMatrix: MatrixArea = {
  actions: {
    'read audit log': { route: 'GET /api/audit', run: (c) => c.get('/api/audit') },
    'verify audit chain': { route: 'GET /api/audit/verify', run: (c) => c.get('/api/audit/verify') },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'read audit log':         [403, 403, 403,  403,  403,  403,  403,   403, 403, 200, 401],
    'verify audit chain':     [403, 403, 403,  403,  403,  403,  403,   403, 403, 200, 401],
  },
};
