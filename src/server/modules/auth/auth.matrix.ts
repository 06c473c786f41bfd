import { TEST_PASSWORD } from '../../testing/factories.js';
import { type MatrixArea, ownAccount, the } from '../../testing/matrix.js';
import { clientFor } from '../../testing/world.js';

/** The permission matrix's rows for auth: see access.matrix.test.ts. */
export const authMatrix: MatrixArea = {
  actions: {
    'check health': { route: 'GET /api/health', run: (c) => c.get('/api/health') },
    'log in': {
      route: 'POST /api/auth/login',
      run: (c, p) => c.post('/api/auth/login', { username: ownAccount(p).username, password: TEST_PASSWORD }),
    },
    // A session of its own, so that the persona's shared session lives on for the other actions.
    'log out': {
      route: 'POST /api/auth/logout',
      run: async (c, p) =>
        p === 'anonymous'
          ? c.post('/api/auth/logout')
          : clientFor(the.app, await the.app.login(ownAccount(p).username)).post('/api/auth/logout'),
    },
    'who am I': { route: 'GET /api/auth/me', run: (c) => c.get('/api/auth/me') },
    // A wrong current password: the route is open to every account, the change itself is tested in password.api.test.ts.
    'change own password': {
      route: 'POST /api/auth/password',
      run: (c) =>
        c.post('/api/auth/password', { currentPassword: 'not-my-password-1', newPassword: 'Brand-new-2027' }),
    },
    'read password rules': {
      route: 'GET /api/auth/password-rules',
      run: (c) => c.get('/api/auth/password-rules'),
    },
    // No pending login (no password checked first): everyone is told to start over.
    'log in with a code': {
      route: 'POST /api/auth/login/code',
      run: (c) => c.post('/api/auth/login/code', { code: '123456' }),
    },
    // Open to every account (the matrix's accounts have none yet); the set-up is tested in second-factor.api.test.ts.
    'start an authenticator': {
      route: 'POST /api/auth/second-factor/enrolment',
      run: (c) => c.post('/api/auth/second-factor/enrolment'),
    },
    // Not six digits: refused at the field, whoever asks.
    'confirm an authenticator': {
      route: 'POST /api/auth/second-factor/confirm',
      run: async (c) => {
        await c.post('/api/auth/second-factor/enrolment');
        return c.post('/api/auth/second-factor/confirm', { code: 'abcdef' });
      },
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'check health':           [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
    'log in':                 [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
    'log out':                [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
    'who am I':               [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'change own password':    [400, 400, 400,  400,  400,  400,  400,   400, 400, 400, 401],
    'read password rules':    [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'log in with a code':     [401, 401, 401,  401,  401,  401,  401,   401, 401, 401, 401],
    'start an authenticator': [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'confirm an authenticator':[400, 400, 400, 400,  400,  400,  400,   400, 400, 400, 401],
  },
};
