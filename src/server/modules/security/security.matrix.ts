import { type MatrixArea, the } from '../../testing/matrix.js';

/** The permission matrix's rows for the security administrator's screen: see access.matrix.test.ts. */
export const securityMatrix: MatrixArea = {
  actions: {
    'read lockouts': { route: 'GET /api/security/lockouts', run: (c) => c.get('/api/security/lockouts') },
    'read sessions': { route: 'GET /api/security/sessions', run: (c) => c.get('/api/security/sessions') },
    // A reference that names no session: the security admin learns so (404), everyone else may not ask.
    'end a session': {
      route: 'DELETE /api/security/sessions/{ref}',
      run: (c) => c.delete(`/api/security/sessions/${'0'.repeat(32)}`),
    },
    'read second factors': {
      route: 'GET /api/security/second-factors',
      run: (c) => c.get('/api/security/second-factors'),
    },
    // The security admin's own: refused (422, never one's own); everyone else may not ask at all.
    // (A reset of another account ends its sessions: tested in second-factor.api.test.ts.)
    'reset a second factor': {
      route: 'DELETE /api/security/second-factors/{id}',
      run: (c) => c.delete(`/api/security/second-factors/${the.world.users.secadmin.id}`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'read lockouts':          [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
    'read sessions':          [403, 403, 403,  403,  403,  403,  403,   403, 200, 403, 401],
    'end a session':          [403, 403, 403,  403,  403,  403,  403,   403, 404, 403, 401],
    'read second factors':    [403, 403, 403,  403,  403,  403,  403,   403, 200, 403, 401],
    'reset a second factor':  [403, 403, 403,  403,  403,  403,  403,   403, 422, 403, 401],
  },
};
