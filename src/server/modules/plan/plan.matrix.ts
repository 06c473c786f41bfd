import { type MatrixArea, the } from '../../testing/matrix.js';
import { createPlan } from './plan.service.js';

/** A plan with one visit to an assigned item of the world's first ledger. */
async function seedPlan() {
  const item = await the.world.seedItem({}, 'assign');
  return createPlan(the.world.as('supervisor'), {
    title: '十一月走访计划',
    visits: [{ itemId: item.id, inspectorId: the.world.users.supervisor.id, plannedOn: '2026-11-30' }],
  });
}

/** The permission matrix's rows for visit plans: see access.matrix.test.ts. */
export const planMatrix: MatrixArea = {
  actions: {
    'propose items for a visit plan': {
      route: 'GET /api/plans/candidates',
      run: (c) => c.get('/api/plans/candidates?staleDays=30'),
    },
    'list visit plans': { route: 'GET /api/plans', run: (c) => c.get('/api/plans') },
    'make a visit plan': {
      route: 'POST /api/plans',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        return c.post('/api/plans', {
          title: '红灯事项走访',
          visits: [
            {
              itemId: item.id,
              inspectorId: the.world.users.supervisorThisLedger.id,
              plannedOn: '2026-12-01',
            },
          ],
        });
      },
    },
    'my planned visits': { route: 'GET /api/plans/mine', run: (c) => c.get('/api/plans/mine') },
    'read a visit plan': {
      route: 'GET /api/plans/{id}',
      run: async (c) => c.get(`/api/plans/${(await seedPlan()).id}`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                                sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'propose items for a visit plan': [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
    'list visit plans':               [200, 200, 200,  200,  403,  403,  403,   403, 403, 403, 401],
    'make a visit plan':              [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'my planned visits':              [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
    'read a visit plan':              [200, 200, 404,  200,  403,  403,  403,   403, 403, 403, 401],
  },
};
