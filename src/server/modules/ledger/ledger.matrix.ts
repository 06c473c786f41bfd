import { buildLedger } from '../../testing/factories.js';
import { type MatrixArea, the } from '../../testing/matrix.js';
import { PERSONAS } from '../../testing/world.js';
import { getLedger } from '../ledger/ledger.service.js';

/** The permission matrix's rows for ledger: see access.matrix.test.ts. */
export const ledgerMatrix: MatrixArea = {
  actions: {
    'list ledgers': { route: 'GET /api/ledgers', run: (c) => c.get('/api/ledgers') },
    'read ledger': {
      route: 'GET /api/ledgers/{id}',
      run: (c) => c.get(`/api/ledgers/${the.world.ledgerId}`),
    },
    'create ledger': {
      route: 'POST /api/ledgers',
      run: (c, p) =>
        c.post('/api/ledgers', {
          name: `${p}建的台账`,
          code: `M${String.fromCharCode(65 + PERSONAS.indexOf(p))}`,
          year: 2026,
        }),
    },
    // The world's ledger: inside the limit of one limited supervisor, outside the other's.
    'update ledger': {
      route: 'PATCH /api/ledgers/{id}',
      run: async (c, p) => {
        const { version } = await getLedger(the.app.sys, the.world.ledgerId);
        return c.patch(`/api/ledgers/${the.world.ledgerId}`, { version, description: `${p}改过` });
      },
    },
    'delete an empty ledger': {
      route: 'DELETE /api/ledgers/{id}',
      run: async (c) => c.delete(`/api/ledgers/${(await buildLedger(the.app.sys)).id}`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list ledgers':           [200, 200, 200,  200,  200,  200,  200,   200, 403, 403, 401],
    'read ledger':            [200, 200, 404,  200,  200,  200,  200,   200, 403, 403, 401],
    // A limited supervisor creates no ledger: it would be outside their limit at once.
    'create ledger':          [201, 403, 403,  403,  403,  403,  403,   403, 403, 403, 401],
    'update ledger':          [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'delete an empty ledger': [200, 404, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  },
};
