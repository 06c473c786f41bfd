import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { dateInChina, isIsoDate } from '../../core/dates.js';
import type { DraftInput, ProposalOut } from '../../core/schemas/meeting.js';

/**
 * `ducha ingest FILE`: reads a meeting report (.txt, .docx, .pdf) and prints
 * the proposed items as a tab-separated table (or JSON) for scripting; with
 * `--meeting` and without `--dry-run` it also creates the proposals that name
 * a ledger and a due date as draft items of that meeting.
 */
interface IngestOptions {
  meeting?: string;
  date?: string;
  dryRun?: boolean;
  json?: boolean;
}

const cell = (s: string) => s.replace(/[\t\n]/g, ' ');

export function proposalTable(proposals: ProposalOut[], ledgerNames: Map<string, string>): string {
  const head = [
    'no',
    'title',
    'lead',
    'cooperating',
    'due',
    'deadline_words',
    'targets',
    'ledger',
    'units_unknown',
  ];
  const rows = proposals.map((p) => [
    p.marker,
    p.title,
    p.lead?.unitName ?? (p.group ? `${p.group.text}（${p.group.unitIds.length}）` : ''),
    p.cooperating.map((c) => c.unitName).join('、'),
    p.dueDate ?? '',
    p.deadlines.map((d) => d.text).join('、'),
    p.targets.map((t) => `${t.name} ${t.value}${t.unit}`).join('；'),
    p.ledgerId ? (ledgerNames.get(p.ledgerId) ?? '') : '',
    p.unmatchedUnits.map((u) => u.text).join('、'),
  ]);
  return [head, ...rows].map((r) => r.map(cell).join('\t')).join('\n');
}

/** A proposal as a draft of its own: lead and cooperating units, and one item per unit for 各镇（街道）. */
export function draftOf(p: ProposalOut, meetingDate: string): DraftInput | null {
  if (!p.ledgerId || !p.dueDate) return null;
  return {
    directiveNo: p.no,
    directiveText: p.text,
    ledgerId: p.ledgerId,
    title: p.title,
    goal: p.text,
    startDate: meetingDate,
    dueDate: p.dueDate,
    leadUnitId: p.lead?.unitId ?? null,
    cooperatingUnitIds: p.cooperating.map((c) => c.unitId),
    targets: p.targets.map((t) => ({ name: t.name || t.unit, unit: t.unit, targetValue: t.value })),
    milestones: p.milestones.map((m) => ({ title: m.title, plannedDate: m.plannedDate })),
    split: p.group && !p.lead ? 'per_unit' : 'none',
    splitUnitIds: p.group && !p.lead ? p.group.unitIds : [],
  };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read a meeting report (.txt, .docx, .pdf) and print the proposed items as a table')
    .argument('<file>', 'the report: minutes or a news report of the meeting')
    .option(
      '--meeting <meeting>',
      'the meeting (id or exact title) whose date dates the deadlines and whose drafts they become',
    )
    .option('--date <YYYY-MM-DD>', 'the meeting date when no --meeting is given (default: today)')
    .option('--dry-run', 'only print the proposals; create nothing')
    .option('--json', 'print the analysis as JSON instead of a table')
    .action(async (file: string, opts: IngestOptions) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const { describeError } = await import('../errors.js');
      const { systemCtx } = await import('../system.js');
      const handle = openDatabase(loadConfig().database);
      try {
        await migrate(handle.db);
        const ctx = systemCtx(handle);
        const { extractText } = await import('../modules/meeting/ingest/extract.js');
        const { analyze, confirmDrafts } = await import('../modules/meeting/meeting.service.js');
        const meeting = opts.meeting
          ? await handle.db
              .selectFrom('meetings')
              .selectAll()
              .where((eb) =>
                eb.or([eb('id', '=', opts.meeting as string), eb('title', '=', opts.meeting as string)]),
              )
              .orderBy('date', 'desc')
              .executeTakeFirst()
          : undefined;
        if (opts.meeting && !meeting) throw new Error(`No meeting has the id or title “${opts.meeting}”.`);
        if (opts.date && !isIsoDate(opts.date)) throw new Error('--date must be written YYYY-MM-DD.');
        if (!opts.dryRun && !meeting)
          throw new Error('Creating drafts needs --meeting; use --dry-run to only print the proposals.');
        const meetingDate = meeting?.date ?? opts.date ?? dateInChina(new Date());

        const { text } = await extractText(basename(file), readFileSync(file));
        const analysis = await analyze(ctx, { text, meetingDate });
        const ledgers = await handle.db.selectFrom('ledgers').select(['id', 'name']).execute();
        const names = new Map(ledgers.map((l) => [l.id, l.name]));
        if (opts.json) console.log(JSON.stringify(analysis, null, 2));
        else console.log(proposalTable(analysis.proposals, names));

        if (!opts.dryRun && meeting) {
          const drafts = analysis.proposals.map((p) => ({ p, d: draftOf(p, meetingDate) }));
          for (const { p, d } of drafts)
            if (!d)
              console.error(
                `skipped ${p.marker} ${p.title}: ${p.ledgerId ? 'no due date' : 'no ledger'} (use the web page to complete it)`,
              );
          const ready = drafts.flatMap(({ d }) => (d ? [d] : []));
          if (ready.length) {
            const { created } = await confirmDrafts(ctx, meeting.id, { drafts: ready, text });
            console.error(`created ${created.length} draft items: ${created.map((c) => c.code).join(', ')}`);
          }
        }
      } catch (e) {
        console.error(`Could not read the report: ${describeError(e)}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}
