import sharp from 'sharp';
import type { InspectionInput } from '../../../core/schemas/inspection.js';
import { type MatrixArea, the } from '../../testing/matrix.js';
import { multipartFile } from '../../testing/multipart.js';
import { createChecklist, recordAssessment } from '../checklist/checklist.service.js';
import { recordInspection } from './inspection.service.js';

/**
 * Inspections of the world's lead unit, covering an assigned item of the
 * world's first ledger (so that a supervisor limited to the other ledger is
 * out of scope, and the cooperating unit — not the inspected one — too).
 */
export async function seedInspection(o: Partial<InspectionInput> = {}) {
  const item = await the.world.seedItem({}, 'assign');
  return recordInspection(the.world.as('supervisor'), {
    method: 'onsite',
    inspectedOn: '2026-11-20',
    unitId: the.world.leadUnitId,
    itemIds: [item.id],
    summary: '实地查看施工进度',
    verdict: 'fair',
    findings: [{ text: '扬尘覆盖不到位', itemId: item.id }],
    ...o,
  });
}

export async function seedAssessment(score = 40) {
  const checklist = await createChecklist(the.world.as('supervisor'), {
    name: '五好标准',
    criteria: [
      { title: '班子好', weight: 50 },
      { title: '作风好', weight: 50 },
    ],
  });
  return recordAssessment(the.world.as('supervisor'), {
    checklistId: checklist.id,
    unitId: the.world.leadUnitId,
    assessedOn: '2026-11-20',
    scores: checklist.criteria.map((c) => ({ criterionId: c.id, score })),
  });
}

const png = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();

async function seedPhoto() {
  const inspection = await seedInspection();
  const { payload, headers } = multipartFile('dot.png', await png());
  const res = await (await the.world.api('supervisor')).post(
    `/api/inspections/${inspection.id}/files`,
    payload,
    headers,
  );
  return res.json<{ id: string; version: number }>();
}

/** The permission matrix's rows for inspections and their evidence: see access.matrix.test.ts. */
export const inspectionMatrix: MatrixArea = {
  actions: {
    'list inspections': { route: 'GET /api/inspections', run: (c) => c.get('/api/inspections') },
    'inspection counts': { route: 'GET /api/inspections/stats', run: (c) => c.get('/api/inspections/stats') },
    'list inspectors': { route: 'GET /api/inspectors', run: (c) => c.get('/api/inspectors') },
    'record an inspection': {
      route: 'POST /api/inspections',
      run: async (c) => {
        const item = await the.world.seedItem({}, 'assign');
        return c.post('/api/inspections', {
          method: 'phone',
          inspectedOn: '2026-11-26',
          unitId: the.world.leadUnitId,
          itemIds: [item.id],
          summary: '电话询问进度',
          verdict: 'good',
        });
      },
    },
    'read an inspection': {
      route: 'GET /api/inspections/{id}',
      run: async (c) => c.get(`/api/inspections/${(await seedInspection()).id}`),
    },
    'read an undisclosed unannounced inspection': {
      route: 'GET /api/inspections/{id}',
      run: async (c) => c.get(`/api/inspections/${(await seedInspection({ method: 'unannounced' })).id}`),
    },
    'edit an inspection': {
      route: 'PATCH /api/inspections/{id}',
      run: async (c) => {
        const i = await seedInspection();
        return c.patch(`/api/inspections/${i.id}`, { version: i.version, verdict: 'poor' });
      },
    },
    'disclose an unannounced inspection': {
      route: 'POST /api/inspections/{id}/disclose',
      run: async (c) => {
        const i = await seedInspection({ method: 'unannounced' });
        return c.post(`/api/inspections/${i.id}/disclose`, { version: i.version });
      },
    },
    "list an item's inspections": {
      route: 'GET /api/items/{id}/inspections',
      run: async (c) => c.get(`/api/items/${(await seedInspection()).items[0].id}/inspections`),
    },
    'make a finding a rectification item': {
      route: 'POST /api/findings/{id}/rectify',
      run: async (c) => {
        const i = await seedInspection();
        return c.post(`/api/findings/${i.findings[0].id}/rectify`, {
          ledgerId: the.world.ledgerId,
          unitId: the.world.leadUnitId,
          dueDate: '2026-12-31',
        });
      },
    },
    'make a finding a notice': {
      route: 'POST /api/findings/{id}/notice',
      run: async (c) => {
        const i = await seedInspection();
        return c.post(`/api/findings/${i.findings[0].id}/notice`, {
          requiredActions: '三日内完成裸土覆盖',
          replyDue: '2026-12-10',
        });
      },
    },
    'upload an inspection photo': {
      route: 'POST /api/inspections/{id}/files',
      run: async (c) => {
        const { payload, headers } = multipartFile('site.png', await png());
        return c.post(`/api/inspections/${(await seedInspection()).id}/files`, payload, headers);
      },
    },
    'list inspection photos': {
      route: 'GET /api/inspections/{id}/files',
      run: async (c) => c.get(`/api/inspections/${(await seedInspection()).id}/files`),
    },
    'upload an assessment photo': {
      route: 'POST /api/assessments/{id}/files',
      run: async (c) => {
        const { payload, headers } = multipartFile('site.png', await png());
        return c.post(`/api/assessments/${(await seedAssessment()).id}/files`, payload, headers);
      },
    },
    'list assessment photos': {
      route: 'GET /api/assessments/{id}/files',
      run: async (c) => c.get(`/api/assessments/${(await seedAssessment()).id}/files`),
    },
    'annotate a photo': {
      route: 'PATCH /api/evidence/{id}',
      run: async (c) => {
        const p = await seedPhoto();
        return c.patch(`/api/evidence/${p.id}`, { version: p.version, address: '东门' });
      },
    },
    'download a photo': {
      route: 'GET /api/evidence/{id}',
      run: async (c) => c.get(`/api/evidence/${(await seedPhoto()).id}`),
    },
    "read a photo's thumbnail": {
      route: 'GET /api/evidence/{id}/thumbnail',
      run: async (c) => c.get(`/api/evidence/${(await seedPhoto()).id}/thumbnail`),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                                            sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list inspections':                           [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'inspection counts':                          [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'list inspectors':                            [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'record an inspection':                       [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'read an inspection':                         [200, 200, 404,  200,  200,  404,  404,   403, 403, 403, 401],
    'read an undisclosed unannounced inspection': [200, 200, 404,  200,  404,  404,  404,   403, 403, 403, 401],
    'edit an inspection':                         [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'disclose an unannounced inspection':         [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    "list an item's inspections":                 [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'make a finding a rectification item':        [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'make a finding a notice':                    [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'upload an inspection photo':                 [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'list inspection photos':                     [200, 200, 404,  200,  200,  404,  404,   403, 403, 403, 401],
    'upload an assessment photo':                 [201, 201, 201,  403,  403,  403,  403,   403, 403, 403, 401],
    'list assessment photos':                     [200, 200, 200,  200,  200,  404,  404,   403, 403, 403, 401],
    'annotate a photo':                           [200, 200, 404,  403,  403,  404,  404,   403, 403, 403, 401],
    'download a photo':                           [200, 200, 404,  200,  200,  404,  404,   403, 403, 403, 401],
    "read a photo's thumbnail":                   [200, 200, 404,  200,  200,  404,  404,   403, 403, 403, 401],
  },
};
