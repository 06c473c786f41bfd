import type { ItemOut } from '../../core/schemas/item.js';
import type { UserOut } from '../../core/schemas/user.js';
import { createDeliverer, type Deliverer } from '../modules/notification/delivery.service.js';
import { runLadderIfDue } from '../modules/reminder/ladder.job.js';
import { noticeIssuer } from '../modules/reminder/notice-issuer.js';
import { buildUser } from './factories.js';
import type { World } from './world.js';

/**
 * The lead unit's chain of responsibility (responsible person, deputy in
 * charge, leader in charge — each with an e-mail address) and an item in
 * progress, due Fri 2026-12-11, that the ladder climbs: 7/3/1 working days
 * before on 12-02, 12-08 and 12-10, the deputy on 12-11, the urging notice on
 * Mon 12-14, the supervision notice on 12-21.
 */
export interface LadderWorld {
  resp: UserOut;
  deputy: UserOut;
  leaderInCharge: UserOut;
  item: ItemOut;
  deliverer: Deliverer;
  /** Runs the day's ladder as the job would at 09:00 China time on `day`. */
  runDay(day: string): ReturnType<typeof runLadderIfDue>;
}

/** `hour` o'clock China time (UTC+8) on `day`. */
export const chinaMorning = (day: string, hour = 9) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3600_000);

export async function buildLadderWorld(w: World, o: { dueDate?: string } = {}): Promise<LadderWorld> {
  const sys = w.t.sys;
  const tag = Math.random().toString(36).slice(2, 7);
  const resp = await buildUser(sys, {
    roles: ['unit'],
    unitId: w.leadUnitId,
    displayName: '王责任',
    username: `resp_${tag}`,
    email: `resp.${tag}@zjj.example.cn`,
  });
  const deputy = await buildUser(sys, {
    roles: ['unit'],
    unitId: w.leadUnitId,
    displayName: '李分管',
    username: `deputy_${tag}`,
    email: `deputy.${tag}@zjj.example.cn`,
  });
  const leaderInCharge = await buildUser(sys, {
    roles: ['leader'],
    displayName: '赵主管',
    username: `leader_${tag}`,
    email: `leader.${tag}@gov.example.cn`,
  });
  const item = await w.seedItem(
    {
      dueDate: o.dueDate ?? '2026-12-11',
      responsibilities: [
        {
          unitId: w.leadUnitId,
          role: 'lead',
          responsibleId: resp.id,
          deputyId: deputy.id,
          leaderId: leaderInCharge.id,
        },
        { unitId: w.coopUnitId, role: 'cooperating' },
      ],
      milestones: [],
    },
    'assign',
    'start',
  );
  // The lead unit acknowledges (签收), so that only the deadline drives the ladder.
  const ack = await (await w.api('unitLead')).post(`/api/items/${item.id}/acknowledge`, {});
  if (ack.statusCode !== 200) throw new Error(`acknowledge: ${ack.statusCode} ${ack.body}`);
  const handle = w.t.db.handle;
  const deliverer = createDeliverer(handle, w.t.app.services);
  return {
    resp,
    deputy,
    leaderInCharge,
    item,
    deliverer,
    runDay: (day) =>
      runLadderIfDue(handle, w.t.app.services, { issuer: noticeIssuer, deliverer }, chinaMorning(day)),
  };
}
