import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { ItemInput, ItemOut } from '../../core/schemas/item.js';
import type { UserOut } from '../../core/schemas/user.js';
import { type ItemAction, viaRequest } from '../../core/status.js';
import type { Actor, Ctx } from '../context.js';
import { uploadFile } from '../modules/file/file.service.js';
import { getItem, transitionItem } from '../modules/item/item.service.js';
import { decideRequest, listItemRequests, submitRequest } from '../modules/request/request.service.js';
import { buildItem, buildLedger, buildUnit, buildUser } from './factories.js';
import type { TestApp } from './test-app.js';

/**
 * A small district for API tests: two ledgers, three units (the lead unit of
 * the items, a cooperating unit, an unrelated one) and a user for every role
 * the permission matrix knows, logged in on first use.
 */
export const PERSONAS = [
  'supervisor',
  'supervisorThisLedger',
  'supervisorOtherLedger',
  'leader',
  'unitLead',
  'unitCoop',
  'unitOther',
  'sysadmin',
  'secadmin',
  'auditor',
  'anonymous',
] as const;
export type Persona = (typeof PERSONAS)[number];
type Named = Exclude<Persona, 'anonymous'>;

export interface Client {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, payload: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface World {
  t: TestApp;
  ledgerId: string;
  otherLedgerId: string;
  leadUnitId: string;
  coopUnitId: string;
  otherUnitId: string;
  users: Record<Named, UserOut>;
  /** An HTTP client logged in as the persona (anonymous: no cookie). */
  api(persona: Persona): Promise<Client>;
  /** A service context acting as the persona, for arranging data without HTTP. */
  as(persona: Named): Ctx;
  /** A valid item body in the world's ledger: lead unit and cooperating unit, a milestone. */
  itemInput(o?: Partial<ItemInput>): ItemInput & { ledgerId: string };
  /** Creates an item through the service and moves it along the lifecycle. */
  seedItem(o?: Partial<ItemInput>, ...actions: ItemAction[]): Promise<ItemOut>;
}

/** A final report uploaded to the item as `ctx`'s user: the evidence a completion request needs. */
export function uploadEvidence(t: TestApp, ctx: Ctx, itemId: string, name = '办结报告.txt') {
  return uploadFile({ ...ctx, services: t.app.services }, itemId, async () => ({
    name,
    content: Buffer.from('办结报告：已按任务书完成，附验收意见。', 'utf8'),
  }));
}

export function clientFor(t: TestApp, cookie: string | null): Client {
  const send = (opts: InjectOptions) => t.request(cookie, opts);
  return {
    get: (url, headers) => send({ method: 'GET', url, headers }),
    // biome-ignore lint/suspicious/noExplicitAny: inject takes any JSON payload
    post: (url, payload, headers) => send({ method: 'POST', url, payload: payload as any, headers }),
    // biome-ignore lint/suspicious/noExplicitAny: see above
    patch: (url, payload, headers) => send({ method: 'PATCH', url, payload: payload as any, headers }),
    // biome-ignore lint/suspicious/noExplicitAny: see above
    put: (url, payload, headers) => send({ method: 'PUT', url, payload: payload as any, headers }),
    delete: (url, headers) => send({ method: 'DELETE', url, headers }),
  };
}

export function actorOf(u: UserOut): Actor {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    unitId: u.unitId,
    ledgerIds: u.ledgerIds,
  };
}

/**
 * Moves an item through `actions`, each taken by a role allowed to take it:
 * the supervisor, or for `request_completion` a user of the item's lead unit.
 * Moves that happen only through requests (core `viaRequest`) are made as
 * requests and decided by the supervisor through the default chain: asking to
 * close explains every open milestone; closing rates 4; `return` refuses the
 * completion request; `cancel` of an assigned item is asked by the supervisor.
 */
export async function advanceItem(w: World, id: string, actions: ItemAction[]): Promise<ItemOut> {
  let item = await getItem(w.t.sys, id);
  const leadUnit = item.responsibilities.find((r) => r.role === 'lead')?.unitId;
  const leadUser = (
    { [w.leadUnitId]: 'unitLead', [w.coopUnitId]: 'unitCoop', [w.otherUnitId]: 'unitOther' } as const
  )[leadUnit ?? ''];
  const sys = w.t.sys;
  const decidePending = async (decision: 'approve' | 'refuse') => {
    const { items } = await listItemRequests(sys, id);
    let req = items.find((r) => r.status === 'pending');
    while (req && req.status === 'pending')
      req = await decideRequest(sys, req.id, {
        decision,
        version: req.version,
        comment: decision === 'refuse' ? '材料不全，退回补充' : '同意',
        rating: req.kind === 'completion' ? 4 : undefined,
      });
  };
  for (const action of actions) {
    if (!viaRequest(action, item.status)) {
      item = await transitionItem(sys, id, { action, version: item.version });
      continue;
    }
    switch (action) {
      case 'request_completion':
        await submitRequest(leadUser ? w.as(leadUser) : sys, id, {
          kind: 'completion',
          version: item.version,
          evidence: {
            statement: '已按任务书完成',
            fileIds: [(await uploadEvidence(w.t, w.as(leadUser ?? 'supervisor'), id)).id],
            milestoneNotes: item.milestones
              .filter((m) => !m.doneDate)
              .map((m) => ({ milestoneId: m.id, note: '已并入整体验收' })),
          },
        });
        break;
      case 'approve_completion':
        await decidePending('approve');
        break;
      case 'return':
        await decidePending('refuse');
        break;
      case 'cancel':
        await submitRequest(sys, id, { kind: 'cancellation', version: item.version, reason: '任务调整' });
        await decidePending('approve');
        break;
      default:
        throw new Error(`${action} is not made through a request`);
    }
    item = await getItem(sys, id);
  }
  return item;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const sys = t.sys;
  const ledgerId = (await buildLedger(sys, { name: '安置房建设', code: 'AZ' })).id;
  const otherLedgerId = (await buildLedger(sys, { name: '招商引资', code: 'ZS' })).id;
  const leadUnitId = (await buildUnit(sys, { name: '区住建局', aliases: ['住建局'] })).id;
  const coopUnitId = (await buildUnit(sys, { name: '马寨镇', kind: 'township' })).id;
  const otherUnitId = (await buildUnit(sys, { name: '区环保局', aliases: ['环保局'] })).id;

  const specs: Record<Named, Parameters<typeof buildUser>[1]> = {
    supervisor: { roles: ['supervisor'] },
    supervisorThisLedger: { roles: ['supervisor'], ledgerIds: [ledgerId] },
    supervisorOtherLedger: { roles: ['supervisor'], ledgerIds: [otherLedgerId] },
    leader: { roles: ['leader'] },
    unitLead: { roles: ['unit'], unitId: leadUnitId },
    unitCoop: { roles: ['unit'], unitId: coopUnitId },
    unitOther: { roles: ['unit'], unitId: otherUnitId },
    sysadmin: { roles: ['sysadmin'] },
    secadmin: { roles: ['secadmin'] },
    auditor: { roles: ['auditor'] },
  };
  const users = {} as Record<Named, UserOut>;
  for (const [name, spec] of Object.entries(specs) as [Named, (typeof specs)[Named]][])
    users[name] = await buildUser(sys, { ...spec, username: `w_${name}` });

  const cookies = new Map<Persona, Promise<string>>();
  const w: World = {
    t,
    ledgerId,
    otherLedgerId,
    leadUnitId,
    coopUnitId,
    otherUnitId,
    users,
    async api(persona) {
      if (persona === 'anonymous') return clientFor(t, null);
      if (!cookies.has(persona)) cookies.set(persona, t.login(users[persona].username));
      return clientFor(t, await (cookies.get(persona) as Promise<string>));
    },
    as: (persona) => ({ ...sys, user: actorOf(users[persona]) }),
    itemInput: (o = {}) => ({
      ledgerId,
      title: '马寨安置区3#地块主体封顶',
      source: 'meeting',
      goal: '年底前完成主体封顶',
      startDate: '2026-03-01',
      dueDate: '2026-12-31',
      responsibilities: [
        { unitId: leadUnitId, role: 'lead' },
        { unitId: coopUnitId, role: 'cooperating' },
      ],
      milestones: [{ title: '完成桩基施工', plannedDate: '2026-06-30', doneDate: '2026-06-20' }],
      ...o,
    }),
    async seedItem(o = {}, ...actions) {
      const item = await buildItem(sys, w.itemInput(o));
      return actions.length ? advanceItem(w, item.id, actions) : item;
    },
  };
  return w;
}
