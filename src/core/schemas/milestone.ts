import { z } from 'zod';
import { IsoDateSchema, OptionalText, Version } from './common.js';

/** `POST /api/items/:id/milestones/:milestoneId/done`: the actual date and what was done. */
export const MilestoneDoneInput = z.object({
  version: Version,
  doneDate: IsoDateSchema,
  note: OptionalText(500),
});
export type MilestoneDoneInput = z.input<typeof MilestoneDoneInput>;
