import { buildUser } from '../../testing/factories.js';
import { type MatrixArea, the } from '../../testing/matrix.js';

/** The permission matrix's rows for user: see access.matrix.test.ts. */
export const userMatrix: MatrixArea = {
  actions: {
    'list users': { route: 'GET /api/users', run: (c) => c.get('/api/users') },
    'read user': {
      route: 'GET /api/users/{id}',
      run: (c) => c.get(`/api/users/${the.world.users.leader.id}`),
    },
    'create user': {
      route: 'POST /api/users',
      run: (c, p) =>
        c.post('/api/users', {
          username: `by_${p}`,
          password: 'A-good-password-1',
          displayName: '新人',
          roles: ['leader'],
        }),
    },
    'update user': {
      route: 'PATCH /api/users/{id}',
      run: async (c) => {
        const user = await buildUser(the.app.sys, { roles: ['leader'] });
        return c.patch(`/api/users/${user.id}`, { version: user.version, displayName: '改名' });
      },
    },
    'unlock user': {
      route: 'PATCH /api/users/{id}',
      run: async (c) => {
        const user = await buildUser(the.app.sys, { roles: ['leader'] });
        return c.patch(`/api/users/${user.id}`, { version: user.version, unlock: true });
      },
    },
    'list people': { route: 'GET /api/people', run: (c) => c.get('/api/people') },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list users':             [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
    'read user':              [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
    'create user':            [403, 403, 403,  403,  403,  403,  403,   201, 403, 403, 401],
    'update user':            [403, 403, 403,  403,  403,  403,  403,   200, 403, 403, 401],
    'unlock user':            [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
    'list people':            [200, 200, 200,  200,  200,  200,  200,   200, 403, 403, 401],
  },
};
