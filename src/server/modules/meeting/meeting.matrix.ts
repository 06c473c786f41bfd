import { expect } from 'vitest';
import { type MatrixArea, the } from '../../testing/matrix.js';
import { archiveMeeting } from './meeting.service.js';

const meetingInput = () => ({ title: '区政府第十八次常务会议', kind: 'standing', date: '2026-11-16' });
/** A meeting registered by the supervisor, its id. */
const seedMeeting = async () => {
  const res = await (await the.world.api('supervisor')).post('/api/meetings', meetingInput());
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};

/** The permission matrix's rows for meeting: see access.matrix.test.ts. */
export const meetingMatrix: MatrixArea = {
  actions: {
    'list meetings': { route: 'GET /api/meetings', run: (c) => c.get('/api/meetings') },
    'register a meeting': {
      route: 'POST /api/meetings',
      run: (c) => c.post('/api/meetings', meetingInput()),
    },
    'read open meeting decisions': {
      route: 'GET /api/meetings/open-decisions',
      run: (c) => c.get('/api/meetings/open-decisions'),
    },
    'read a meeting': {
      route: 'GET /api/meetings/{id}',
      run: async (c) => c.get(`/api/meetings/${await seedMeeting()}`),
    },
    'edit a meeting': {
      route: 'PATCH /api/meetings/{id}',
      run: async (c) => c.patch(`/api/meetings/${await seedMeeting()}`, { version: 1, place: '区政府3楼' }),
    },
    'delete a meeting': {
      route: 'DELETE /api/meetings/{id}',
      run: async (c) => c.delete(`/api/meetings/${await seedMeeting()}`),
    },
    'restore an archived meeting': {
      route: 'POST /api/meetings/{id}/restore',
      run: async (c) => {
        const id = await seedMeeting();
        await archiveMeeting(the.app.sys, id);
        return c.post(`/api/meetings/${id}/restore`);
      },
    },
    'analyze meeting minutes': {
      route: 'POST /api/meetings/analyze',
      run: (c) =>
        c.post('/api/meetings/analyze', {
          text: '会议要求，一是由区住建局牵头，马寨镇配合，年底前完成马寨安置区主体封顶。二是区环保局要在11月底前完成扬尘治理检查。',
          meetingDate: '2026-11-16',
        }),
    },
    'confirm meeting drafts': {
      route: 'POST /api/meetings/{id}/confirm',
      run: async (c) =>
        c.post(`/api/meetings/${await seedMeeting()}/confirm`, {
          drafts: [
            {
              ledgerId: the.world.ledgerId,
              title: '马寨安置区主体封顶',
              startDate: '2026-11-16',
              dueDate: '2026-12-31',
              leadUnitId: the.world.leadUnitId,
            },
          ],
        }),
    },
    "read an item's meeting": {
      route: 'GET /api/items/{id}/meeting',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/meeting`),
    },
    'extract text from a report file': {
      route: 'POST /api/meetings/extract',
      run: (c) =>
        c.post('/api/meetings/extract', {
          fileName: '纪要.txt',
          contentBase64: Buffer.from('会议要求，一是抓好安置房建设。').toString('base64'),
        }),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list meetings':          [200, 200, 200,  200,  403,  403,  403,   403, 403, 403, 401],
    'register a meeting':     [201, 201, 201,  403,  403,  403,  403,   403, 403, 403, 401],
    'read open meeting decisions': [200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 401],
    'read a meeting':         [200, 200, 200,  200,  403,  403,  403,   403, 403, 403, 401],
    'edit a meeting':         [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
    'delete a meeting':       [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
    'restore an archived meeting': [200, 200, 200, 403, 403,  403,  403,   403, 403, 403, 401],
    'analyze meeting minutes': [200, 200, 200, 403,  403,  403,  403,   403, 403, 403, 401],
    // A supervisor limited to another ledger cannot file drafts into this one.
    'confirm meeting drafts': [201, 201, 400,  403,  403,  403,  403,   403, 403, 403, 401],
    "read an item's meeting": [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'extract text from a report file': [200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 401],
  },
};
