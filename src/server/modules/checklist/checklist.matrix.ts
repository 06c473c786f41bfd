import { type MatrixArea, the } from '../../testing/matrix.js';
import { seedAssessment } from '../inspection/inspection.matrix.js';
import { listChecklists } from './checklist.service.js';

/** The permission matrix's rows for checklists and assessments: see access.matrix.test.ts. */
export const checklistMatrix: MatrixArea = {
  actions: {
    'list checklists': { route: 'GET /api/checklists', run: (c) => c.get('/api/checklists') },
    'make a checklist': {
      route: 'POST /api/checklists',
      run: (c) =>
        c.post('/api/checklists', {
          name: '安全生产检查表',
          criteria: [
            { title: '制度健全', weight: 40 },
            { title: '隐患整改', weight: 60 },
          ],
        }),
    },
    'list assessments': { route: 'GET /api/assessments', run: (c) => c.get('/api/assessments') },
    'record an assessment': {
      route: 'POST /api/assessments',
      run: async (c) => {
        await seedAssessment();
        const checklist = (await listChecklists(the.world.as('supervisor'))).items.at(-1);
        return c.post('/api/assessments', {
          checklistId: checklist?.id,
          unitId: the.world.coopUnitId,
          assessedOn: '2026-11-25',
          scores: checklist?.criteria.map((k) => ({ criterionId: k.id, score: 30 })),
        });
      },
    },
    'make a failed criterion a rectification item': {
      route: 'POST /api/assessments/{id}/criteria/{criterionId}/rectify',
      run: async (c) => {
        const a = await seedAssessment(10);
        return c.post(`/api/assessments/${a.id}/criteria/${a.scores[0].criterionId}/rectify`, {
          ledgerId: the.world.ledgerId,
          unitId: the.world.leadUnitId,
          dueDate: '2026-12-31',
        });
      },
    },
    'read an assessment': {
      route: 'GET /api/assessments/{id}',
      run: async (c) => c.get(`/api/assessments/${(await seedAssessment()).id}`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                      sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list checklists':      [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'make a checklist':     [201, 201, 201,  403,  403,  403,  403,   403, 403, 403, 401],
    'list assessments':     [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'record an assessment': [201, 201, 201,  403,  403,  403,  403,   403, 403, 403, 401],
    'read an assessment':   [200, 200, 200,  200,  200,  404,  404,   403, 403, 403, 401],
    // Assessments are the whole office's; a supervisor limited to another ledger cannot file into this one.
    'make a failed criterion a rectification item':
                            [201, 201, 400,  403,  403,  403,  403,   403, 403, 403, 401],
  },
};
