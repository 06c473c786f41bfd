import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditOut, AuditQuery, AuditVerifyOut } from '../../../core/schemas/audit.js';
import { requireLogin } from '../../http/request-context.js';
import { authorize } from '../access/policy.js';
import { listAudit, verifyAuditChain } from './audit.repo.js';

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
      return {
        total,
        items: rows.map((r) => ({
          id: Number(r.seq),
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          ip: r.ip,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
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
