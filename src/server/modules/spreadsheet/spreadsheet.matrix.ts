import ExcelJS from 'exceljs';
import { type MatrixArea, the } from '../../testing/matrix.js';
import { fileHash } from '../spreadsheet/import.service.js';

const XLSX_TYPE = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
/** A one-row ledger file, a new title each time, for the import actions. */
let importRows = 0;
async function importFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['事项名称', '牵头单位', '完成时限']);
  ws.addRow([`矩阵导入事项${++importRows}`, '区住建局', '2026-12-31']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The permission matrix's rows for spreadsheet: see access.matrix.test.ts. */
export const spreadsheetMatrix: MatrixArea = {
  actions: {
    'read ledger template': {
      route: 'GET /api/ledgers/{id}/template',
      run: (c) => c.get(`/api/ledgers/${the.world.ledgerId}/template`),
    },
    'save ledger template': {
      route: 'PUT /api/ledgers/{id}/template',
      run: (c) =>
        c.put(`/api/ledgers/${the.world.ledgerId}/template`, {
          fields: [{ key: 'households', label: '套数', type: 'number' }],
        }),
    },
    'read item fields': {
      route: 'GET /api/items/{id}/fields',
      run: async (c) => c.get(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/fields`),
    },
    'set item fields': {
      route: 'PUT /api/items/{id}/fields',
      run: async (c) => c.put(`/api/items/${(await the.world.seedItem({}, 'assign')).id}/fields`, {}),
    },
    'export items to Excel': {
      route: 'GET /api/items/export.xlsx',
      run: (c) => c.get('/api/items/export.xlsx'),
    },
    'preview an import': {
      route: 'POST /api/imports/preview',
      run: async (c) =>
        c.post(`/api/imports/preview?ledgerId=${the.world.ledgerId}`, await importFile(), XLSX_TYPE),
    },
    'confirm an import': {
      route: 'POST /api/imports/confirm',
      run: async (c) => {
        const file = await importFile();
        await c.post(`/api/imports/preview?ledgerId=${the.world.ledgerId}`, file, XLSX_TYPE);
        return c.post('/api/imports/confirm', { ledgerId: the.world.ledgerId, fileHash: fileHash(file) });
      },
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'read ledger template':   [200, 200, 404,  200,  200,  200,  200,   200, 403, 403, 401],
    'save ledger template':   [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'read item fields':       [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
    'set item fields':        [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    // Each user's export holds only what their list shows (tested in spreadsheet.api.test.ts).
    'export items to Excel':  [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
    'preview an import':      [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
    'confirm an import':      [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  },
};
