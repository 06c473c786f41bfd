import sharp from 'sharp';
import { type MatrixArea, the } from '../../testing/matrix.js';
import { multipartFile } from '../../testing/multipart.js';

/** A file on a fresh assigned item, uploaded by the supervisor (a small PNG: it has a thumbnail). */
const seedFile = async () => {
  const item = await the.world.seedItem({}, 'assign');
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  const { payload, headers } = multipartFile('dot.png', png);
  const res = await (await the.world.api('supervisor')).post(`/api/items/${item.id}/files`, payload, headers);
  return res.json<{ id: string }>().id;
};

/** The permission matrix's rows for file: see access.matrix.test.ts. */
export const fileMatrix: MatrixArea = {
  actions: {
    'upload a file': {
      route: 'POST /api/items/{id}/files',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        const { payload, headers } = multipartFile('进展.txt', '本周完成主体封顶');
        return c.post(`/api/items/${item.id}/files`, payload, headers);
      },
    },
    'list item files': {
      route: 'GET /api/items/{id}/files',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/files`),
    },
    'download a file': {
      route: 'GET /api/files/{id}',
      run: async (c) => c.get(`/api/files/${await seedFile()}`),
    },
    'read a thumbnail': {
      route: 'GET /api/files/{id}/thumbnail',
      run: async (c) => c.get(`/api/files/${await seedFile()}/thumbnail`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'upload a file':          [201, 201, 404,  403,  201,  201,  404,   403, 403, 403, 401],
    'list item files':        [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'download a file':        [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'read a thumbnail':       [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  },
};
