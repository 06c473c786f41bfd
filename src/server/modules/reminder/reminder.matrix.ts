import { DEFAULT_LADDER } from '../../../core/ladder.js';
import type { MatrixArea } from '../../testing/matrix.js';

/** The permission matrix's rows for the reminder ladder: see access.matrix.test.ts. */
export const reminderMatrix: MatrixArea = {
  actions: {
    'read the ladder': { route: 'GET /api/reminders/ladder', run: (c) => c.get('/api/reminders/ladder') },
    'edit the ladder': {
      route: 'PUT /api/reminders/ladder',
      run: (c) => c.put('/api/reminders/ladder', { config: DEFAULT_LADDER, sendHour: 8 }),
    },
    'preview reminders': {
      route: 'GET /api/reminders/preview',
      run: (c) => c.get('/api/reminders/preview?date=2026-12-01'),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'read the ladder':        [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
    'edit the ladder':        [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
    'preview reminders':      [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
  },
};
