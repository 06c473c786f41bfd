import { type MatrixArea, the } from '../../testing/matrix.js';
import { uploadEvidence } from '../../testing/world.js';
import { listItemRequests } from '../request/request.service.js';

/** The permission matrix's rows for request: see access.matrix.test.ts. */
export const requestMatrix: MatrixArea = {
  actions: {
    'ask to close an item': {
      route: 'POST /api/items/{id}/requests',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign', 'start');
        const report = await uploadEvidence(the.app, the.world.as('unitLead'), item.id);
        return c.post(`/api/items/${item.id}/requests`, {
          kind: 'completion',
          version: item.version,
          evidence: { statement: '已完成', fileIds: [report.id] },
        });
      },
    },
    'ask to cancel an item': {
      route: 'POST /api/items/{id}/requests',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        return c.post(`/api/items/${item.id}/requests`, {
          kind: 'cancellation',
          version: item.version,
          reason: '撤销',
        });
      },
    },
    'approve completion': {
      route: 'POST /api/requests/{id}/decisions',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign', 'start', 'request_completion');
        const [req] = (await listItemRequests(the.app.sys, item.id)).items;
        return c.post(`/api/requests/${req.id}/decisions`, {
          decision: 'approve',
          version: req.version,
          rating: 4,
          comment: '按期高质量完成',
        });
      },
    },
    "list an item's requests": {
      route: 'GET /api/items/{id}/requests',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/requests`),
    },
    'list requests': { route: 'GET /api/requests', run: (c) => c.get('/api/requests?awaiting=me') },
    'read approval chain': {
      route: 'GET /api/ledgers/{id}/approval-chain',
      run: (c) => c.get(`/api/ledgers/${the.world.ledgerId}/approval-chain`),
    },
    'set approval chain': {
      route: 'PUT /api/ledgers/{id}/approval-chain',
      run: (c) => c.put(`/api/ledgers/${the.world.ledgerId}/approval-chain`, { steps: ['supervisor'] }),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    // Only the lead unit asks to close; a supervisor or the lead unit asks to cancel.
    'ask to close an item':   [403, 403, 404,  403,  201,  403,  404,   403, 403, 403, 401],
    'ask to cancel an item':  [201, 201, 404,  403,  201,  403,  404,   403, 403, 403, 401],
    // The default chain's one step is the supervisor's.
    'approve completion':     [200, 200, 404,  403,  403,  403,  404,   403, 403, 403, 401],
    "list an item's requests":[200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'list requests':          [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'read approval chain':    [200, 200, 404,  200,  200,  200,  200,   200, 403, 403, 401],
    'set approval chain':     [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  },
};
