import type { FastifyRequest } from 'fastify';
import type { AppError } from '../../errors.js';
import { appWide } from '../../http/plugin.js';
import { appendAudit } from './audit.repo.js';

/** `/api/items/:id/transitions` → `item`: the entity named in refusal records. */
function entityOfRoute(url: string | undefined): string {
  const seg = (url ?? '').split('/').filter(Boolean)[1] ?? 'unknown';
  return seg.endsWith('s') ? seg.slice(0, -1) : seg;
}

/** A refused write is audited too, in its own transaction since the command's own was rolled back. */
async function recordRefusal(req: FastifyRequest, err: AppError): Promise<void> {
  const ctx = req.ctx;
  const params = (req.params ?? {}) as Record<string, string>;
  await ctx.db.transaction().execute((trx) =>
    appendAudit(
      { ...ctx, db: trx },
      {
        action: `${req.method} ${req.routeOptions.url ?? req.url}`,
        entity: entityOfRoute(req.routeOptions.url),
        entityId: params.id ?? null,
        outcome: 'refused',
        after: { code: err.code, details: err.details.map((d) => ({ field: d.field, message: d.en })) },
      },
    ),
  );
}

/** Records refused writes in the audit log; register it after the error handler is installed. */
export const auditPlugin = appWide(async (app) => {
  app.onRefusal(recordRefusal);
});
