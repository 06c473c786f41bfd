import type { FastifyRequest } from 'fastify';
import type { AppError } from '../../errors.js';
import { appWide } from '../../http/plugin.js';
import { AUDIT_APPENDED, advanceAuditAnchor, appendAudit } from './audit.repo.js';

/** `/api/items/:id/transitions` → `item`: the entity named in refusal records. */
function entityOfRoute(url: string | undefined): string {
  const seg = (url ?? '').split('/').filter(Boolean)[1] ?? 'unknown';
  return seg.endsWith('s') ? seg.slice(0, -1) : seg;
}

/** A refused request is audited too, in its own transaction since the command's own was rolled back. */
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

/**
 * Records refused writes in the audit log, and after each request that
 * appended to it moves the head anchor kept outside the database; register
 * it after the error handler is installed.
 */
export const auditPlugin = appWide(async (app) => {
  app.onRefusal(recordRefusal);
  app.addHook('onResponse', async (req) => {
    if (!req.ctx?.memo?.has(AUDIT_APPENDED)) return;
    await advanceAuditAnchor(req.ctx.db).catch((err) => req.log.error({ err }, 'audit anchor not written'));
  });
});
