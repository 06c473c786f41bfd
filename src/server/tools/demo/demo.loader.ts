import type { ObstacleCause, Role } from '../../../core/enums.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { TemplateField } from '../../../core/schemas/template.js';
import type { ItemAction } from '../../../core/status.js';
import { progressBar } from '../../cli/progress.js';
import type { Actor, Ctx } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import { restartPasswordClock } from '../../modules/auth/credentials.repo.js';
import { generatePassword, hashPassword } from '../../modules/auth/password.js';
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

export async function isEmpty(handle: DbHandle): Promise<boolean> {
  return !(await hasAnyUnit(systemCtx(handle)));
}

interface Loaded {
  units: Map<string, string>;
  people: Map<string, string>;
  ledgers: Map<string, string>;
  supervisor: Actor;
  leader: Actor | null;
  unitActors: Map<string, Actor>;
  /** File storage and the rest: the closing evidence is uploaded like any file. */
  services: Services;
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
  const setup = systemCtx(handle, atChinaNoon('2026-01-04'));
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
    if (a.roles.includes('supervisor') && !supervisor) supervisor = actorOf(out);
    if (a.roles.includes('leader') && !leader) leader = actorOf(out);
  }
  if (!supervisor) throw new Error('the demo needs a supervisor account');

  const loaded: Loaded = {
    units,
    people,
    ledgers,
    supervisor,
    leader,
    unitActors,
    services: opts.services,
  };
  let count = 0;
  const played: Parameters<typeof playWorkflowStories>[0] = [];
  const leadOf = (d: Omit<DemoItem, 'children'>) => {
    const key = d.responsibilities.find((r) => r.role === 'lead')?.unitKey;
    const actor = key ? unitActors.get(key) : undefined;
    return actor ? (day: string) => systemCtx(handle, atChinaNoon(day), actor) : null;
  };
  const total = DEMO_ITEMS.reduce((n, i) => n + 1 + (i.children?.length ?? 0), 0);
  const bar = opts.progress ? progressBar('demo items') : null;
  for (const item of DEMO_ITEMS) {
    const parent = await replayItem(handle, loaded, item, null);
    played.push({ demo: item, out: parent, lead: leadOf(item) });
    count++;
    for (const child of item.children ?? []) {
      const out = await replayItem(handle, loaded, child, parent.id);
      played.push({ demo: child, out, lead: leadOf(child) });
      count++;
    }
    bar?.update(count, total);
  }
  bar?.done(`demo items: ${count} replayed with their history`);
  // The ledgers' template fields (套数, 面积, 开工/封顶/交付) filled in, so lists and exports show them.
  const fieldsCtx = systemCtx(handle, atChinaNoon(DEMO_TODAY), supervisor as Actor);
  for (const { demo, out } of played) {
    const fields = DEMO_TEMPLATES[demo.ledgerKey]?.fields ?? [];
    if (!fields.length) continue;
    const values = demoFieldValues(
      fields.map((f) => TemplateField.parse(f)),
      { ...out, milestones: out.milestones },
    );
    if (Object.keys(values).length) await setFieldValues(fieldsCtx, out.id, values);
  }
  if (opts.progress) process.stderr.write('demo: workflow stories, meetings…\n');

  await playWorkflowStories(
    played,
    (day) => systemCtx(handle, atChinaNoon(day), supervisor as Actor),
    DEMO_TODAY,
  );
  const unitUsers = new Map<string, Actor>();
  for (const [key, actor] of unitActors) unitUsers.set(units.get(key) as string, actor);
  const urging = await playNoticeStories(
    played,
    supervisor,
    unitUsers,
    (actor, day) => systemCtx(handle, atChinaNoon(day), actor),
    DEMO_TODAY,
  );
  const meetings = await loadDemoMeetings(handle, atChinaNoon('2026-01-04'));
  // The accounts are registered on the demo's first day, months back, but their shared password is
  // set now: it must not count as expired the moment the demo is loaded.
  await restartPasswordClock(handle.db, passwordHash, new Date());
  const inspections = await loadDemoInspections(handle, units, DEMO_TODAY);
  const ladder = await loadDemoReminders(handle, DEMO_TODAY);

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

async function replayItem(
  handle: DbHandle,
  l: Loaded,
  d: Omit<DemoItem, 'children'>,
  parentId: string | null,
): Promise<ItemOut> {
  const tl = itemTimeline(d, DEMO_TODAY);
  const as = (actor: Actor, day: string): Ctx => ({
    ...systemCtx(handle, atChinaNoon(day), actor),
    services: l.services,
  });
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
