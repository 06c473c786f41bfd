import { type MatrixArea, the } from '../../testing/matrix.js';

/** The permission matrix's rows for documents: see access.matrix.test.ts. */
export const documentsMatrix: MatrixArea = {
  actions: {
    'download item summary': {
      route: 'GET /api/items/{id}/summary.docx',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/summary.docx`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'download item summary':  [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  },
};
