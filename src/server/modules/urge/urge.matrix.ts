import { type MatrixArea, the } from '../../testing/matrix.js';
import { recordUrge } from './urge.service.js';

const urgeBody = () => ({
  method: 'phone',
  unitId: the.world.leadUnitId,
  toText: '住建局办公室',
  urgedAt: '2026-11-27T01:30:00Z',
  answer: '本周内报送',
});

/** The permission matrix's rows for urges (催办): see access.matrix.test.ts. */
export const urgeMatrix: MatrixArea = {
  actions: {
    'record an urge': {
      route: 'POST /api/items/{id}/urges',
      run: async (c) => c.post(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/urges`, urgeBody()),
    },
    'list item urges': {
      route: 'GET /api/items/{id}/urges',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        await recordUrge(the.world.as('supervisor'), item.id, urgeBody() as Parameters<typeof recordUrge>[2]);
        return c.get(`/api/items/${item.id}/urges`);
      },
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'record an urge':         [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'list item urges':        [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  },
};
