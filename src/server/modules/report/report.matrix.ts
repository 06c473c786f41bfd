import { type MatrixArea, the } from '../../testing/matrix.js';
import { writeInstruction } from '../instruction/instruction.service.js';
import { raiseObstacle } from '../obstacle/obstacle.service.js';
import { submitReport } from '../report/report.service.js';

/** A report of the lead unit on a fresh assigned item, waiting for review. */
const seedReport = async () => {
  const item = await the.world.seedItem({}, 'assign');
  return submitReport(the.world.as('unitLead'), item.id, { content: '主体施工至12层', percent: 40 });
};
/** An open obstacle named by the supervisor on a fresh assigned item, for the unrelated unit to solve. */
const seedObstacle = async () => {
  const item = await the.world.seedItem({}, 'assign');
  return raiseObstacle(the.world.as('supervisor'), item.id, {
    cause: 'funds',
    description: '配套资金未到位',
    solverUnitId: the.world.otherUnitId,
  });
};
const seedInstruction = async () => {
  const item = await the.world.seedItem({}, 'assign');
  return writeInstruction(the.world.as('leader'), item.id, { content: '加快推进' });
};

/** The permission matrix's rows for report: see access.matrix.test.ts. */
export const reportMatrix: MatrixArea = {
  actions: {
    'acknowledge an assignment': {
      route: 'POST /api/items/{id}/acknowledge',
      run: async (c) => c.post(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/acknowledge`, {}),
    },
    'submit a report': {
      route: 'POST /api/items/{id}/reports',
      run: async (c) =>
        c.post(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/reports`, {
          content: '进展顺利',
          percent: 30,
        }),
    },
    'list item reports': {
      route: 'GET /api/items/{id}/reports',
      run: async (c) => c.get(`/api/items/${(await seedReport()).itemId}/reports`),
    },
    'list reports': { route: 'GET /api/reports', run: (c) => c.get('/api/reports') },
    'review a report': {
      route: 'POST /api/reports/{id}/review',
      run: async (c) => {
        const report = await seedReport();
        return c.post(`/api/reports/${report.id}/review`, { decision: 'accept', version: report.version });
      },
    },
    'raise an obstacle': {
      route: 'POST /api/items/{id}/obstacles',
      run: async (c) =>
        c.post(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/obstacles`, {
          cause: 'land',
          description: '用地指标未落实',
          solverUnitId: the.world.otherUnitId,
        }),
    },
    'list item obstacles': {
      route: 'GET /api/items/{id}/obstacles',
      run: async (c) => c.get(`/api/items/${(await seedObstacle()).itemId}/obstacles`),
    },
    'list obstacles': { route: 'GET /api/obstacles', run: (c) => c.get('/api/obstacles') },
    'read bottlenecks': { route: 'GET /api/obstacles/summary', run: (c) => c.get('/api/obstacles/summary') },
    // The lead unit answers for its item; a cooperating unit that neither named nor must solve it may not.
    'resolve an obstacle': {
      route: 'POST /api/obstacles/{id}/resolve',
      run: async (c) => {
        const obstacle = await seedObstacle();
        return c.post(`/api/obstacles/${obstacle.id}/resolve`, {
          resolution: '资金已拨付',
          version: obstacle.version,
        });
      },
    },
    'write an instruction': {
      route: 'POST /api/items/{id}/instructions',
      run: async (c) =>
        c.post(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/instructions`, {
          content: '务必按期完成',
        }),
    },
    'list item instructions': {
      route: 'GET /api/items/{id}/instructions',
      run: async (c) => c.get(`/api/items/${(await seedInstruction()).itemId}/instructions`),
    },
    'list instructions': { route: 'GET /api/instructions', run: (c) => c.get('/api/instructions') },
    'acknowledge an instruction': {
      route: 'POST /api/instructions/{id}/acknowledge',
      run: async (c) =>
        c.post(`/api/instructions/${(await seedInstruction()).id}/acknowledge`, { reply: '坚决落实' }),
    },
    'read workflow counts': { route: 'GET /api/stats/workflow', run: (c) => c.get('/api/stats/workflow') },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'acknowledge an assignment': [403, 403, 403, 403,  200,  200,  404,   403, 403, 403, 401],
    'submit a report':        [403, 403, 403,  403,  201,  201,  404,   403, 403, 403, 401],
    'list item reports':      [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'list reports':           [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'review a report':        [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'raise an obstacle':      [201, 201, 404,  403,  201,  201,  404,   403, 403, 403, 401],
    'list item obstacles':    [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'list obstacles':         [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'read bottlenecks':       [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'resolve an obstacle':    [200, 200, 404,  403,  200,  403,  404,   403, 403, 403, 401],
    'write an instruction':   [403, 403, 403,  201,  403,  403,  403,   403, 403, 403, 401],
    'list item instructions': [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'list instructions':      [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'acknowledge an instruction': [403, 403, 403, 403, 200, 200,  404,   403, 403, 403, 401],
    'read workflow counts':   [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  },
};
