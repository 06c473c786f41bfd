import type { ItemAction } from '../../../core/status.js';
import { type MatrixArea, the } from '../../testing/matrix.js';
import type { Client } from '../../testing/world.js';
import { archiveItem } from './item.service.js';

/** Moves a fresh item of the world along, then asks the client to take `action` on it. */
const transition = async (c: Client, action: ItemAction, ...before: ItemAction[]) => {
  const item = await the.world.seedItem({}, ...before);
  return c.post(`/api/items/${item.id}/transitions`, { action, version: item.version });
};

/** The permission matrix's rows for item: see access.matrix.test.ts. */
export const itemMatrix: MatrixArea = {
  actions: {
    'list items': { route: 'GET /api/items', run: (c) => c.get('/api/items') },
    'read item': {
      route: 'GET /api/items/{id}',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}`),
    },
    'read item timeline': {
      route: 'GET /api/items/{id}/timeline',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/timeline`),
    },
    'create item': { route: 'POST /api/items', run: (c) => c.post('/api/items', the.world.itemInput()) },
    'update item': {
      route: 'PATCH /api/items/{id}',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        return c.patch(`/api/items/${item.id}`, { version: item.version, title: '改过的标题' });
      },
    },
    'delete a draft': {
      route: 'DELETE /api/items/{id}',
      run: async (c) => c.delete(`/api/items/${(await the.world.seedItem()).id}`),
    },
    'restore an archived draft': {
      route: 'POST /api/items/{id}/restore',
      run: async (c) => {
        const id = (await the.world.seedItem()).id;
        await archiveItem(the.app.sys, id);
        return c.post(`/api/items/${id}/restore`);
      },
    },
    'assign a draft': { route: 'POST /api/items/{id}/transitions', run: (c) => transition(c, 'assign') },
    'start an assigned item': {
      route: 'POST /api/items/{id}/transitions',
      run: (c) => transition(c, 'start', 'assign'),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list items':             [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'read item':              [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'read item timeline':     [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'create item':            [201, 201, 400,  403,  403,  403,  403,   403, 403, 403, 401],
    'update item':            [200, 200, 404,  403,  403,  403,  404,   403, 403, 403, 401],
    'delete a draft':         [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'restore an archived draft': [200, 200, 404, 403,  403,  403,  403,   403, 403, 403, 401],
    // Drafts stay with the supervisors: to a unit user a draft does not exist.
    'assign a draft':         [200, 200, 404,  403,  404,  404,  404,   403, 403, 403, 401],
    'start an assigned item': [200, 200, 404,  403,  200,  403,  404,   403, 403, 403, 401],
  },
};
