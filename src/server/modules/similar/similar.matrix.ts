import { type MatrixArea, the } from '../../testing/matrix.js';

/** The permission matrix's rows for similar: see access.matrix.test.ts. */
export const similarMatrix: MatrixArea = {
  actions: {
    'find items with a similar title': {
      route: 'GET /api/items/similar',
      run: (c) =>
        c.get(
          `/api/items/similar?ledgerId=${the.world.ledgerId}&title=${encodeURIComponent('马寨安置区主体封顶')}`,
        ),
    },
  },
  // Only those who register items are warned of doubles; a ledger-limited supervisor of
  // another ledger gets an empty list (its items are out of scope), not a refusal.
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                                  sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'find items with a similar title':  [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
  },
};
