import { buildUnit } from '../../testing/factories.js';
import { type MatrixArea, the } from '../../testing/matrix.js';

/** The permission matrix's rows for unit: see access.matrix.test.ts. */
export const unitMatrix: MatrixArea = {
  actions: {
    'list units': { route: 'GET /api/units', run: (c) => c.get('/api/units') },
    'read unit': { route: 'GET /api/units/{id}', run: (c) => c.get(`/api/units/${the.world.leadUnitId}`) },
    'create unit': {
      route: 'POST /api/units',
      run: (c, p) => c.post('/api/units', { name: `${p}建的单位`, kind: 'other' }),
    },
    'update unit': {
      route: 'PATCH /api/units/{id}',
      run: async (c) => {
        const unit = await buildUnit(the.app.sys);
        return c.patch(`/api/units/${unit.id}`, { version: unit.version, shortName: '简称' });
      },
    },
    'delete an unused unit': {
      route: 'DELETE /api/units/{id}',
      run: async (c) => c.delete(`/api/units/${(await buildUnit(the.app.sys)).id}`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list units':             [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'read unit':              [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'create unit':            [201, 201, 201,  403,  403,  403,  403,   201, 403, 403, 401],
    'update unit':            [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
    'delete an unused unit':  [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
  },
};
