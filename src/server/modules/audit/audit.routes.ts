import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActionText } from '../../../core/audit-words.js';
import { AuditOut, AuditQuery, AuditVerifyOut } from '../../../core/schemas/audit.js';
import { requireLogin } from '../../http/request-context.js';
import { authorize } from '../access/policy.js';
import { itemLabels, listAudit, verifyAuditChain } from './audit.repo.js';

/** The audit log is readable by the auditor and by no one else (separation of duties). */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['audit'];
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        querystring: AuditQuery,
        response: { 200: z.object({ items: z.array(AuditOut), total: z.number() }) },
      },
    },
    async (req) => {
      authorize(req.ctx, 'audit.read');
      const { page, pageSize, ...f } = req.query;
      const { rows, total } = await listAudit(req.ctx, {
        ...f,
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      const items = await itemLabels(req.ctx, [
        ...new Set(rows.filter((r) => r.entity === 'item' && r.entity_id).map((r) => r.entity_id as string)),
      ]);
      return {
        total,
        items: rows.map((r) => ({
          id: Number(r.seq),
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          ip: r.ip,
          action: r.action,
          actionText: auditActionText(r.action, req.ctx.lang),
          entity: r.entity,
          entityId: r.entity_id,
          entityLabel: (r.entity === 'item' && r.entity_id && items.get(r.entity_id)) || null,
          outcome: r.outcome,
          before: r.before ? JSON.parse(r.before) : null,
          after: r.after ? JSON.parse(r.after) : null,
        })),
      };
    },
  );
  app.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        response: {
          200: AuditVerifyOut,
        },
      },
    },
    async (req) => {
      authorize(req.ctx, 'audit.read');
      return verifyAuditChain(req.ctx);
    },
  );
};
