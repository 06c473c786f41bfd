import { type MatrixArea, the } from '../../testing/matrix.js';

/** The permission matrix's rows for marking a milestone done on its actual date: see access.matrix.test.ts. */
export const milestoneMatrix: MatrixArea = {
  actions: {
    'mark a milestone done': {
      route: 'POST /api/items/{id}/milestones/{milestoneId}/done',
      run: async (c) => {
        const item = await the.world.seedItem(
          { milestones: [{ title: '完成桩基施工', plannedDate: '2026-06-30' }] },
          'assign',
        );
        return c.post(`/api/items/${item.id}/milestones/${item.milestones[0].id}/done`, {
          version: item.version,
          doneDate: '2026-07-02',
          note: '桩基全部完成',
        });
      },
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'mark a milestone done':  [200, 200, 404,  403,  200,  403,  404,   403, 403, 403, 401],
  },
};
