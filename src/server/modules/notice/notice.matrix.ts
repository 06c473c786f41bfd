import { type MatrixArea, the } from '../../testing/matrix.js';
import { issueNotice, replyToNotice } from './notice.service.js';

/** A notice to the lead unit about a fresh assigned item of the world's ledger. */
const seedNotice = async () => {
  const item = await the.world.seedItem({}, 'assign');
  return issueNotice(the.world.as('supervisor'), {
    kind: 'inspection',
    unitId: the.world.leadUnitId,
    itemIds: [item.id],
    findings: '进度滞后于路线图',
    requiredActions: '倒排工期，加快推进',
    replyDue: '2026-12-10',
  });
};
/** The same, answered by the lead unit and waiting for review. */
const seedReplied = async () => {
  const notice = await seedNotice();
  return replyToNotice(the.world.as('unitLead'), notice.id, {
    content: '已制定整改方案',
    version: notice.version,
  });
};

/** The permission matrix's rows for notices: see access.matrix.test.ts. */
export const noticeMatrix: MatrixArea = {
  actions: {
    'issue a notice': {
      route: 'POST /api/notices',
      run: async (c) =>
        c.post('/api/notices', {
          kind: 'urging',
          unitId: the.world.leadUnitId,
          itemIds: [(await the.world.seedItem({}, 'assign')).id],
          findings: '未按期报送进展',
          requiredActions: '三日内报送',
          replyDue: '2026-12-04',
        }),
    },
    'list notices': { route: 'GET /api/notices', run: (c) => c.get('/api/notices') },
    'read a notice': {
      route: 'GET /api/notices/{id}',
      run: async (c) => c.get(`/api/notices/${(await seedNotice()).id}`),
    },
    // Only the addressed unit answers; a cooperating unit on the same item does not even see the notice.
    'reply to a notice': {
      route: 'POST /api/notices/{id}/replies',
      run: async (c) => {
        const notice = await seedNotice();
        return c.post(`/api/notices/${notice.id}/replies`, { content: '已整改', version: notice.version });
      },
    },
    'review a notice reply': {
      route: 'POST /api/notices/{id}/review',
      run: async (c) => {
        const notice = await seedReplied();
        return c.post(`/api/notices/${notice.id}/review`, { decision: 'accept', version: notice.version });
      },
    },
    'download a notice': {
      route: 'GET /api/notices/{id}/document.docx',
      run: async (c) => c.get(`/api/notices/${(await seedNotice()).id}/document.docx`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'issue a notice':         [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'list notices':           [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'read a notice':          [200, 200, 404,  200,  200,  404,  404,   403, 403, 403, 401],
    'reply to a notice':      [403, 403, 403,  403,  200,  404,  404,   403, 403, 403, 401],
    'review a notice reply':  [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'download a notice':      [200, 200, 404,  200,  200,  404,  404,   403, 403, 403, 401],
  },
};
