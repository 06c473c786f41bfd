import type { ObstacleCause, Role } from '../../../core/enums.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { TemplateField } from '../../../core/schemas/template.js';
import type { ItemAction } from '../../../core/status.js';
import { progressBar } from '../../cli/progress.js';
import type { Actor, Ctx } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import { restartPasswordClock } from '../../modules/auth/credentials.repo.js';
import { generatePassword, hashPassword } from '../../modules/auth/password.js';
import { markDemo } from '../../modules/demo/demo.repo.js';
import { createItem, getItem, transitionItem, updateItem } from '../../modules/item/item.service.js';
import { createLedger } from '../../modules/ledger/ledger.service.js';
import { writeSetting } from '../../modules/settings/settings.service.js';
import { saveTemplate, setFieldValues } from '../../modules/template/template.service.js';
import { hasAnyUnit } from '../../modules/unit/unit.repo.js';
import { createUnit } from '../../modules/unit/unit.service.js';
import { createUser } from '../../modules/user/user.service.js';
import type { Services } from '../../platform/services.js';
import { systemCtx } from '../../system.js';
import { DEMO_ACCOUNTS, demoUsername } from './demo.accounts.js';
import { replayWorkflow } from './demo.answers.js';
import { demoFieldValues } from './demo.fields.js';
import { loadDemoInspections } from './demo.inspections.js';
import { demoLoginLines } from './demo.logins.js';
import { loadDemoMeetings } from './demo.meetings.js';
import { playNoticeStories } from './demo.notices.js';
import { loadDemoReminders } from './demo.reminders.js';
import { addDaysIso, atChinaNoon, itemTimeline } from './demo.timeline.js';
import { askToClose, cancelByRequest, closeWithRating, playWorkflowStories } from './demo.workflow.js';
import {
  DEMO_ITEMS,
  DEMO_LEDGERS,
  DEMO_PEOPLE,
  DEMO_TODAY,
  DEMO_UNITS,
  type DemoItem,
} from './district-data.js';
import { DEMO_TEMPLATES } from './templates.data.js';

/**
 * Runs one step of the load — the set-up, one item's whole history, a set of stories — in one
 * transaction on a handle bound to it: a few commits instead of one per command (each a disk flush
 * on SQLite's synchronous=FULL and a round trip more on PostgreSQL), and a half-loaded item never stays.
 */
export function inOneTransaction<T>(handle: DbHandle, fn: (h: DbHandle) => Promise<T>): Promise<T> {
  if (handle.db.isTransaction) return fn(handle);
  return handle.db.transaction().execute((trx) => fn({ ...handle, db: trx }));
}

/** What every step of the load shares: the memo (settings and the calendar read once) and the services. */
interface Shared {
  memo: Map<string, Promise<unknown>>;
  /** File storage and the rest: the closing evidence is uploaded like any file. */
  services: Services;
}

/** A system context with the load's shared memo and services. */
function demoCtx(handle: DbHandle, shared: Shared, now?: Date, actor?: Actor): Ctx {
  return { ...systemCtx(handle, now, actor), memo: shared.memo, services: shared.services };
}

export async function isEmpty(handle: DbHandle): Promise<boolean> {
  return !(await hasAnyUnit(systemCtx(handle)));
}

interface Loaded {
  /** Settings and calendar, read once for the whole load (nothing in it changes them), and the services. */
  shared: Shared;
  units: Map<string, string>;
  people: Map<string, string>;
  ledgers: Map<string, string>;
  supervisor: Actor;
  leader: Actor | null;
  unitActors: Map<string, Actor>;
}

/** Who must solve an obstacle of each cause in the demo district. */
const SOLVER_UNIT: Record<ObstacleCause, string> = {
  funds: 'czj',
  land: 'gtj',
  demolition: 'zsb',
  approvals: 'fgw',
  coordination: 'zfb',
  policy: 'fgw',
  other: 'zfb',
};

/**
 * Loads the demo district through the real services, replaying each item's
 * history on its own dates (registered, assigned, taken on, milestones done,
 * closed) so that lights, audit trail and statistics are what a real office
 * would have on the demo's day.
 */
export async function loadDemo(
  handle: DbHandle,
  /** `progress`: a bar on stderr while the items are replayed (the first `npm start` waits on it). */
  opts: { password?: string; print?: boolean; progress?: boolean; services: Services },
): Promise<void> {
  const started = Date.now();
  const password = opts.password ?? generatePassword();
  // One hash for all demo users: they share one password by design, and scrypt is deliberately slow.
  const passwordHash = await hashPassword(password);
  const shared: Shared = { memo: new Map(), services: opts.services };
  const bar = opts.progress ? progressBar('demo') : null;
  const total = DEMO_ITEMS.reduce((n, i) => n + 1 + (i.children?.length ?? 0), 0);
  // Steps of the bar: the set-up, each item, then the stories, meetings, inspections and reminders.
  const steps = total + 6;
  let step = 0;
  const tick = () => bar?.update(++step, steps);

  const { units, ledgers, people, unitActors, supervisor, leader } = await inOneTransaction(handle, (h) =>
    loadSetup(h, shared, password, passwordHash),
  );
  tick();
  const loaded: Loaded = { shared, units, people, ledgers, supervisor, leader, unitActors };
  let count = 0;
  // Each item's whole history — and its sub-items' — in one transaction.
  const replayed: { demo: Omit<DemoItem, 'children'>; out: ItemOut }[] = [];
  for (const item of DEMO_ITEMS) {
    await inOneTransaction(handle, async (h) => {
      const parent = await replayItem(h, loaded, item, null);
      replayed.push({ demo: item, out: parent });
      for (const child of item.children ?? [])
        replayed.push({ demo: child, out: await replayItem(h, loaded, child, parent.id) });
    });
    count += 1 + (item.children?.length ?? 0);
    step += 1 + (item.children?.length ?? 0);
    bar?.update(step, steps);
  }

  // The ledgers' template fields (套数, 面积, 开工/封顶/交付) filled in, so lists and exports show them.
  await inOneTransaction(handle, async (h) => {
    const fieldsCtx = demoCtx(h, shared, atChinaNoon(DEMO_TODAY), supervisor);
    for (const { demo, out } of replayed) {
      const fields = DEMO_TEMPLATES[demo.ledgerKey]?.fields ?? [];
      if (!fields.length) continue;
      const values = demoFieldValues(
        fields.map((f) => TemplateField.parse(f)),
        { ...out, milestones: out.milestones },
      );
      if (Object.keys(values).length) await setFieldValues(fieldsCtx, out.id, values);
    }
  });

  const unitUsers = new Map<string, Actor>();
  for (const [key, actor] of unitActors) unitUsers.set(units.get(key) as string, actor);
  await inOneTransaction(handle, (h) => {
    const leadOf = (d: Omit<DemoItem, 'children'>) => {
      const key = d.responsibilities.find((r) => r.role === 'lead')?.unitKey;
      const actor = key ? unitActors.get(key) : undefined;
      return actor ? (day: string) => demoCtx(h, shared, atChinaNoon(day), actor) : null;
    };
    return playWorkflowStories(
      replayed.map((r) => ({ ...r, lead: leadOf(r.demo) })),
      (day) => demoCtx(h, shared, atChinaNoon(day), supervisor),
      DEMO_TODAY,
    );
  });
  tick();
  const urging = await inOneTransaction(handle, (h) =>
    playNoticeStories(
      replayed,
      supervisor,
      unitUsers,
      (actor, day) => demoCtx(h, shared, atChinaNoon(day), actor),
      DEMO_TODAY,
    ),
  );
  tick();
  const meetings = await inOneTransaction(handle, (h) => loadDemoMeetings(h, atChinaNoon('2026-01-04')));
  tick();
  // The accounts are registered on the demo's first day, months back, but their shared password is
  // set now: it must not count as expired the moment the demo is loaded.
  await restartPasswordClock(handle.db, passwordHash, new Date());
  tick();
  const inspections = await inOneTransaction(handle, (h) => loadDemoInspections(h, units, DEMO_TODAY));
  tick();
  const ladder = await inOneTransaction(handle, (h) => loadDemoReminders(h, DEMO_TODAY));
  tick();
  bar?.done(`demo: ${count} items replayed with their history, stories, meetings, inspections, reminders`);

  if (opts.print) {
    console.log(
      `Loaded the demo district in ${((Date.now() - started) / 1000).toFixed(1)} s: ${units.size} units, ${people.size + DEMO_ACCOUNTS.length} people, ${ledgers.size} ledgers, ${count} items, ${meetings} meetings, ${urging.notices} notices, ${urging.urges} urges, ${inspections} inspections.`,
    );
    console.log(
      `Urging history: the ladder ran on ${ladder.days} working days: ${ladder.reminders} reminders, ${ladder.digests} digests, ${ladder.notices} notices.`,
    );
    for (const line of demoLoginLines(
      opts.password ? { fromEnv: true } : { generated: password, fromEnv: false },
    ))
      console.log(line);
  }
}

/** Units, ledgers with their templates, people and the office's accounts, as on the demo's first day. */
async function loadSetup(handle: DbHandle, shared: Shared, password: string, passwordHash: string) {
  const setup = demoCtx(handle, shared, atChinaNoon('2026-01-04'));
  // The demo district keeps its one-command start: its accounts log in without a second factor.
  await writeSetting(setup, 'mfa.required', 0);

  const units = new Map<string, string>();
  for (const u of DEMO_UNITS.filter((x) => !x.parentKey).concat(DEMO_UNITS.filter((x) => x.parentKey))) {
    const out = await createUnit(setup, {
      name: u.name,
      shortName: u.shortName,
      aliases: u.aliases,
      kind: u.kind,
      parentId: u.parentKey ? (units.get(u.parentKey) ?? null) : null,
      sortOrder: units.size,
    });
    units.set(u.key, out.id);
  }

  const ledgers = new Map<string, string>();
  for (const [i, l] of DEMO_LEDGERS.entries()) {
    const out = await createLedger(setup, {
      name: l.name,
      code: l.code,
      year: 2026,
      description: l.description,
      sortOrder: i,
    });
    ledgers.set(l.key, out.id);
    const template = DEMO_TEMPLATES[l.key];
    if (template) await saveTemplate(setup, out.id, template);
  }

  const people = new Map<string, string>();
  const unitActors = new Map<string, Actor>();
  const actorOf = (u: {
    id: string;
    username: string;
    displayName: string;
    roles: Role[];
    unitId: string | null;
  }): Actor => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    unitId: u.unitId,
    ledgerIds: [],
  });
  for (const [i, p] of DEMO_PEOPLE.entries()) {
    const roles: Role[] = p.role === 'leader_in_charge' ? ['leader'] : ['unit'];
    const unitId = p.unitKey ? (units.get(p.unitKey) ?? null) : null;
    const out = await createUser(
      setup,
      {
        username: demoUsername(p, i),
        password,
        displayName: p.displayName,
        title: p.title,
        unitId: roles.includes('unit') ? unitId : unitId,
        roles: roles.includes('unit') && !unitId ? [] : roles,
      },
      { passwordHash },
    );
    people.set(p.key, out.id);
    // The responsible person acts for the unit in the replay (acknowledges, asks to close).
    if (p.role === 'responsible' && p.unitKey && !unitActors.has(p.unitKey))
      unitActors.set(p.unitKey, actorOf(out));
  }

  let supervisor: Actor | null = null;
  let leader: Actor | null = null;
  const accounts: string[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const out = await createUser(
      setup,
      {
        username: a.username,
        password,
        displayName: a.displayName,
        title: a.title,
        roles: a.roles,
        unitId: a.unitKey ? (units.get(a.unitKey) ?? null) : null,
      },
      { passwordHash },
    );
    accounts.push(out.id);
    if (a.roles.includes('supervisor') && !supervisor) supervisor = actorOf(out);
    if (a.roles.includes('leader') && !leader) leader = actorOf(out);
  }
  if (!supervisor) throw new Error('the demo needs a supervisor account');
  // Marked as the demo's, so that its accounts can be turned off and purged and pages can say 演示环境.
  await markDemo(setup, 'unit', [...units.values()]);
  await markDemo(setup, 'ledger', [...ledgers.values()]);
  await markDemo(setup, 'user', [...people.values(), ...accounts]);
  return { units, ledgers, people, unitActors, supervisor, leader };
}

async function replayItem(
  handle: DbHandle,
  l: Loaded,
  d: Omit<DemoItem, 'children'>,
  parentId: string | null,
): Promise<ItemOut> {
  const tl = itemTimeline(d, DEMO_TODAY);
  const as = (actor: Actor, day: string): Ctx => demoCtx(handle, l.shared, atChinaNoon(day), actor);
  const sup = (day: string) => as(l.supervisor, day);
  const leadKey = d.responsibilities.find((r) => r.role === 'lead')?.unitKey;
  const leadActor = leadKey ? l.unitActors.get(leadKey) : undefined;

  let item = await createItem(sup(tl.registered), {
    ledgerId: l.ledgers.get(d.ledgerKey) as string,
    title: d.title,
    source: d.source,
    sourceRef: d.sourceRef,
    goal: d.goal,
    targets: d.targets,
    priority: d.priority,
    startDate: d.startDate,
    dueDate: d.dueDate,
    cadence: d.cadence,
    parentId,
    responsibilities: d.responsibilities.map((r) => ({
      unitId: l.units.get(r.unitKey) as string,
      role: r.role,
      leaderId: r.leaderKey ? (l.people.get(r.leaderKey) ?? null) : null,
      deputyId: r.deputyKey ? (l.people.get(r.deputyKey) ?? null) : null,
      responsibleId: r.responsibleKey ? (l.people.get(r.responsibleKey) ?? null) : null,
    })),
    milestones: d.milestones.map((m) => ({
      title: m.title,
      plannedDate: addDaysIso(d.startDate, m.plannedOffsetDays),
    })),
  });
  const move = async (action: ItemAction, ctx: Ctx) => {
    item = await transitionItem(ctx, item.id, { action, version: item.version });
  };
  if (tl.assigned) await move('assign', sup(tl.assigned));
  if (tl.started) await move('start', leadActor ? as(leadActor, tl.started) : sup(tl.started));
  // Milestones are recorded done on the day they were done.
  for (const done of tl.milestonesDone) {
    item = await updateItem(sup(done.doneDate), item.id, {
      version: item.version,
      milestones: item.milestones.map((m) =>
        m.plannedDate === done.plannedDate && m.title === done.title ? { ...m, doneDate: done.doneDate } : m,
      ),
    });
  }
  // Closing is a request by the lead unit, decided by the supervisor with a rating.
  if (tl.completionRequested && leadActor) {
    item = await askToClose(as(leadActor, tl.completionRequested), item);
    if (tl.closed) item = await closeWithRating(sup(tl.closed), item, d.scenario === 'completed_late');
  }
  if (tl.suspended) await move('suspend', sup(tl.suspended));
  if (tl.cancelled) item = await cancelByRequest(sup(tl.cancelled), item);
  const unitUsers = new Map<string, Actor>();
  for (const [key, actor] of l.unitActors) unitUsers.set(l.units.get(key) as string, actor);
  await replayWorkflow(
    {
      supervisor: l.supervisor,
      leader: l.leader,
      unitUsers,
      solverFor: (cause, it) => {
        const unit = l.units.get(SOLVER_UNIT[cause]);
        // An item led by the solving unit itself is held back by its cooperating units instead.
        const lead = it.responsibilities.find((r) => r.role === 'lead')?.unitId;
        if (unit && unit !== lead) return unit;
        return it.responsibilities.find((r) => r.role !== 'lead')?.unitId ?? (l.units.get('zfb') as string);
      },
      ctxAt: as,
    },
    item,
    DEMO_TODAY,
  );
  return getItem(sup(DEMO_TODAY), item.id);
}
