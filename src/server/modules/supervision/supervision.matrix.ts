import { type MatrixArea, the } from '../../testing/matrix.js';
import { planCheckback, setCalendarOverride } from '../supervision/supervision.service.js';

/** The permission matrix's rows for supervision: see access.matrix.test.ts. */
export const supervisionMatrix: MatrixArea = {
  actions: {
    'judge an item': {
      route: 'POST /api/items/{id}/judgements',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        return c.post(`/api/items/${item.id}/judgements`, {
          version: item.version,
          level: 4,
          reason: '进展顺利',
        });
      },
    },
    'read light history': {
      route: 'GET /api/items/{id}/light-history',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/light-history`),
    },
    'list check-backs': {
      route: 'GET /api/items/{id}/checkbacks',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/checkbacks`),
    },
    'plan a check-back': {
      route: 'POST /api/items/{id}/checkbacks',
      run: async (c) => {
        const item = await the.world.seedItem(
          {},
          'assign',
          'start',
          'request_completion',
          'approve_completion',
        );
        return c.post(`/api/items/${item.id}/checkbacks`, { plannedOn: '2026-12-28' });
      },
    },
    'record a check-back': {
      route: 'POST /api/checkbacks/{id}/result',
      run: async (c) => {
        const item = await the.world.seedItem(
          {},
          'assign',
          'start',
          'request_completion',
          'approve_completion',
        );
        const cb = await planCheckback(the.app.sys, item.id, { plannedOn: '2026-11-27' });
        return c.post(`/api/checkbacks/${cb.id}/result`, { version: cb.version, findings: '成效巩固' });
      },
    },
    'split an item': {
      route: 'POST /api/items/{id}/split',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        return c.post(`/api/items/${item.id}/split`, {
          version: item.version,
          children: [{ title: '子任务', leadUnitId: the.world.coopUnitId, dueDate: '2026-12-20' }],
        });
      },
    },
    'list calendar overrides': {
      route: 'GET /api/calendar/overrides',
      run: (c) => c.get('/api/calendar/overrides'),
    },
    'set a calendar day': {
      route: 'PUT /api/calendar/overrides/{date}',
      run: (c) => c.put('/api/calendar/overrides/2027-06-30', { kind: 'holiday', name: '测试' }),
    },
    'remove a calendar day': {
      route: 'DELETE /api/calendar/overrides/{date}',
      run: async (c) => {
        await setCalendarOverride(the.app.sys, '2027-07-01', { kind: 'holiday', name: '测试' });
        return c.delete('/api/calendar/overrides/2027-07-01');
      },
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'judge an item':          [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'read light history':     [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'list check-backs':       [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'plan a check-back':      [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'record a check-back':    [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'split an item':          [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'list calendar overrides':[200, 200, 200,  403,  403,  403,  403,   200, 200, 403, 401],
    'set a calendar day':     [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
    'remove a calendar day':  [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  },
};
