import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams, listOf, Paging } from '../../../core/schemas/common.js';
import { PersonOut, UserInput, UserOut, UserQuery, UserUpdate } from '../../../core/schemas/user.js';
import { requireLogin } from '../../http/request-context.js';
import { createUser, getUser, searchPeople, searchUsers, updateUser } from './user.service.js';

const PeopleQuery = Paging.extend({
  q: z.string().trim().max(40).optional(),
  unitId: Id.optional(),
  /** `leader`: people who lead first (the 主管领导 picker). */
  prefer: z.enum(['leader']).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['users'];

  app.get(
    '/api/users',
    { schema: { tags, querystring: UserQuery, response: { 200: listOf(UserOut) } } },
    (req) => searchUsers(req.ctx, req.query),
  );
  app.post(
    '/api/users',
    { schema: { tags, body: UserInput, response: { 201: UserOut } } },
    async (req, reply) => reply.status(201).send(await createUser(req.ctx, req.body)),
  );
  app.get('/api/users/:id', { schema: { tags, params: IdParams, response: { 200: UserOut } } }, (req) =>
    getUser(req.ctx, req.params.id),
  );
  app.patch(
    '/api/users/:id',
    { schema: { tags, params: IdParams, body: UserUpdate, response: { 200: UserOut } } },
    (req) => updateUser(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/people',
    { schema: { tags: ['people'], querystring: PeopleQuery, response: { 200: listOf(PersonOut) } } },
    (req) => searchPeople(req.ctx, req.query),
  );
};
