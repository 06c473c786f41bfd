import { type Kysely, type RawBuilder, sql } from 'kysely';
import { indexTokens, type TermPlan, termPlan } from '../../../core/search-text.js';
import type { Ctx } from '../../context.js';
import { type Dialect, dialectOf } from '../../db/dialect.js';

/**
 * The item search index: an FTS5 table on SQLite (contentless, its rowid the
 * item's rowid), a table of `tsvector`s with a GIN index on PostgreSQL. Both
 * hold the tokens of core `indexTokens` in three parts: the head (code and
 * title), the body (the rest of the search text: task book, units) and the
 * notes (what its reports say and its notices' numbers, see `itemNotes`), so
 * that a title match ranks above a task-book match, and that above a match in
 * the notes alone. Written in the transaction of every write that changes an
 * item's search text, its reports or its notices; rebuilt whole after a
 * restore or a bulk load.
 *
 * The notes are kept apart so that an item write need not read the reports:
 * on PostgreSQL the row's `notes` vector is kept as it is (and `own`, the
 * head and body, is the item's text, for the tiers), on SQLite (whose
 * contentless table cannot give back a column) `item_search_notes.tokens`
 * holds them for the item's row to be written again. `item_search_notes.text`
 * keeps the notes as written, for the words the index cannot prove alone
 * (see `confirmWord`).
 */

// biome-ignore lint/suspicious/noExplicitAny: the migration and the restore use it on an untyped handle
type AnyDb = Kysely<any>;

/** The index's tables: FTS5's, its shadow tables and `item_search_notes`, all derived (never copied by a backup). */
export const SEARCH_INDEX_TABLE = 'item_search';

export interface SearchSource {
  id: string;
  code: string;
  title: string;
  search_text: string;
}

/** Whether a write changes what the index holds of an item. */
export const searchSourceChanged = (a: SearchSource, b: SearchSource) =>
  a.code !== b.code || a.title !== b.title || a.search_text !== b.search_text;

const headOf = (r: SearchSource) => indexTokens(`${r.code} ${r.title}`);
const bodyOf = (r: SearchSource) => indexTokens(r.search_text);

/**
 * A `tsvector` literal of tokens, without positions: nothing ranks by them (see
 * `rankedMatches`), and a smaller vector is a smaller row to read per match.
 */
export function tsvectorLiteral(tokens: readonly string[]): string {
  return [...new Set(tokens)].map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' ');
}

/**
 * What an item's notes hold (its index's third part), read by every viewer of
 * the item and nothing more:
 *
 * - The text (content) and problems of its latest reports, each field cut to
 *   a length. The latest reports tell where the item stands now (older ones
 *   stay in its history), and the bounds keep one item's row small however
 *   long a unit writes, and a rebuild linear in the items, not in the reports
 *   (the province set has millions). Only submitted and accepted reports
 *   count: every viewer of the item reads those (report.repo `scoped` filters
 *   by the item's scope alone), while a returned report was sent back as not
 *   the item's account. Reports have no draft: a unit files one by submitting it.
 * - The numbers of the latest notices that name it: they are on the item's
 *   timeline for every viewer. Their findings and required actions are not:
 *   a unit user reads only the notices addressed to their own unit, and a
 *   shared item's other units must not find it by them.
 */
export const NOTE_REPORTS = 5;
export const NOTE_FIELD_CHARS = 500;
export const NOTE_NOTICES = 20;

/** The notes of some items (see above), by item id (items without any are left out). */
export async function itemNotes(db: AnyDb, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const [reports, notices] = await Promise.all([
    // PostgreSQL: each item's latest reports from the (item, created) index, whatever the planner
    // knows. Right after a bulk load (a restore, the bench) the tables have no statistics yet, and
    // the one-query form below scanned all ten million reports of a province for every page.
    dialectOf(db) === 'postgres'
      ? sql<{ item_id: string; content: string; problems: string | null }>`
          SELECT v.id AS item_id, r.content, r.problems FROM (VALUES ${sql.join(ids.map((id) => sql`(${id}::text)`))}) AS v (id)
          CROSS JOIN LATERAL (SELECT substr(content, 1, ${NOTE_FIELD_CHARS}) AS content,
              substr(problems, 1, ${NOTE_FIELD_CHARS}) AS problems FROM reports
            WHERE item_id = v.id AND status IN ('submitted', 'accepted')
            ORDER BY created_at DESC, id DESC LIMIT ${NOTE_REPORTS}) r`.execute(db)
      : sql<{ item_id: string; content: string; problems: string | null }>`
          SELECT item_id, content, problems FROM (
            SELECT item_id, substr(content, 1, ${NOTE_FIELD_CHARS}) AS content,
              substr(problems, 1, ${NOTE_FIELD_CHARS}) AS problems,
              row_number() OVER (PARTITION BY item_id ORDER BY created_at DESC, id DESC) AS k
            FROM reports WHERE item_id IN (${sql.join(ids)}) AND status IN ('submitted', 'accepted')
          ) r WHERE k <= ${NOTE_REPORTS}`.execute(db),
    sql<{ item_id: string; number: string }>`
      SELECT item_id, number FROM (
        SELECT ni.item_id, n.number,
          row_number() OVER (PARTITION BY ni.item_id ORDER BY n.created_at DESC, n.id DESC) AS k
        FROM notice_items ni JOIN notices n ON n.id = ni.notice_id WHERE ni.item_id IN (${sql.join(ids)})
      ) r WHERE k <= ${NOTE_NOTICES}`.execute(db),
  ]);
  const add = (id: string, text: string) => {
    const had = out.get(id);
    out.set(id, had ? `${had} ${text}` : text);
  };
  for (const r of reports.rows) add(r.item_id, `${r.content} ${r.problems ?? ''}`);
  for (const r of notices.rows) add(r.item_id, r.number);
  return out;
}

/**
 * Writes the index entries of some items afresh. Archived items (drafts taken
 * out of the lists) have none: their search, with `archived=true`, is a scan of
 * the few archived rows, and every other search needs no archive check per hit.
 * With `notes` (report text by item id, see `itemNotes`) the items' notes are
 * written too; without, each keeps the notes it has.
 */
async function writeRows(
  db: AnyDb,
  dialect: Dialect,
  rows: readonly SearchSource[],
  opts: { forget?: boolean; notes?: Map<string, string> } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const { forget = false, notes } = opts;
  const notesOf = (r: SearchSource) => indexTokens(notes?.get(r.id) ?? '');
  // `forget`: an item may have just been archived, so its entry is removed first.
  if (notes) {
    const ids = rows.map((r) => r.id);
    await sql`DELETE FROM item_search_notes WHERE item_id IN (${sql.join(ids)})`.execute(db);
    const kept = rows.flatMap((r) => {
      const text = notes.get(r.id);
      if (!text) return [];
      return [
        dialect === 'postgres' ? sql`(${r.id}, ${text})` : sql`(${r.id}, ${text}, ${notesOf(r).join(' ')})`,
      ];
    });
    if (kept.length)
      await (dialect === 'postgres'
        ? sql`INSERT INTO item_search_notes (item_id, text) VALUES ${sql.join(kept)}`
        : sql`INSERT INTO item_search_notes (item_id, text, tokens) VALUES ${sql.join(kept)}`
      ).execute(db);
  }
  if (dialect === 'postgres') {
    if (forget)
      await sql`DELETE FROM item_search WHERE item_id IN (${sql.join(rows.map((r) => r.id))})`.execute(db);
    const kept = notes ? sql`excluded.notes` : sql`item_search.notes`;
    await sql`INSERT INTO item_search (item_id, head, own, notes, doc)
      SELECT i.id, v.head::tsvector, v.head::tsvector || v.body::tsvector, v.notes::tsvector,
        v.head::tsvector || v.body::tsvector || v.notes::tsvector FROM (VALUES ${sql.join(
          rows.map(
            (r) =>
              sql`(${r.id}::text, ${tsvectorLiteral(headOf(r))}::text, ${tsvectorLiteral(bodyOf(r))}::text, ${tsvectorLiteral(notesOf(r))}::text)`,
          ),
        )}) AS v (id, head, body, notes) JOIN items i ON i.id = v.id WHERE i.archived_at IS NULL
      ON CONFLICT (item_id) DO UPDATE SET head = excluded.head, own = excluded.own, notes = ${kept},
        doc = excluded.own || ${kept}`.execute(db);
    return;
  }
  for (const r of rows) {
    // A contentless table with contentless_delete forgets a rowid's old tokens on DELETE and REPLACE.
    if (forget)
      await sql`DELETE FROM item_search WHERE rowid = (SELECT rowid FROM items WHERE id = ${r.id})`.execute(
        db,
      );
    await sql`INSERT OR REPLACE INTO item_search (rowid, head, body, notes)
      SELECT rowid, ${headOf(r).join(' ')}, ${bodyOf(r).join(' ')},
        coalesce((SELECT tokens FROM item_search_notes WHERE item_id = items.id), '') FROM items
      WHERE id = ${r.id} AND archived_at IS NULL`.execute(db);
  }
}

/** Indexes items as written (`ctx.db` is the write's transaction); their notes stay as they are. */
export function writeItemSearch(ctx: Ctx, rows: readonly SearchSource[]): Promise<void> {
  return writeRows(ctx.db, ctx.dialect, rows);
}

const sourcesOf = (ctx: Ctx, ids: readonly string[]) =>
  ctx.db.selectFrom('items').select(['id', 'code', 'title', 'search_text']).where('id', 'in', ids).execute();

/** Indexes items again as stored, reports too (after they were archived or restored). */
export async function reindexItems(ctx: Ctx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const [rows, notes] = await Promise.all([sourcesOf(ctx, ids), itemNotes(ctx.db, ids)]);
  await writeRows(ctx.db, ctx.dialect, rows, { forget: true, notes });
}

/** Indexes items' notes again, in the transaction of the write that filed or reviewed a report or issued a notice. */
export async function reindexItemNotes(ctx: Ctx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  // Two writes at once on PostgreSQL (two notices naming an item) would each read the notes
  // without the other's and write them last: the items' rows are locked first, in id order so
  // that writes naming several items never wait on each other in a circle, and the notes are
  // read after, seeing every write committed before. NO KEY UPDATE: the write's own inserts
  // (notice_items) hold KEY SHARE locks on the items that FOR UPDATE would wait behind.
  if (ctx.dialect === 'postgres')
    await ctx.db
      .selectFrom('items')
      .select('id')
      .where('id', 'in', ids)
      .orderBy('id')
      .forNoKeyUpdate()
      .execute();
  const [rows, notes] = await Promise.all([sourcesOf(ctx, ids), itemNotes(ctx.db, ids)]);
  await writeRows(ctx.db, ctx.dialect, rows, { notes });
}

/** Drops the whole index and indexes every item again, in pages; run inside a transaction or migration. */
export async function rebuildItemSearch(db: AnyDb): Promise<number> {
  const dialect = dialectOf(db);
  // A rebuild follows a bulk load (a restore, the bench), when PostgreSQL has no statistics yet. It
  // then took a report's status for a rare one and intersected, for every item, the status index
  // (all reports) with the item's: 30 s a page of 1,000 items at city scale, against ~12 ms with
  // statistics. Sampling the tables the rebuild reads takes 2 s at city scale.
  if (dialect === 'postgres') await sql`ANALYZE items, reports, notice_items, notices`.execute(db);
  await sql`DELETE FROM item_search_notes`.execute(db);
  if (dialect === 'postgres') await sql`DELETE FROM item_search`.execute(db);
  else await sql`INSERT INTO item_search (item_search) VALUES ('delete-all')`.execute(db);
  let after = '';
  let count = 0;
  for (;;) {
    // Archived items are left out here rather than in the query: right after a bulk load
    // PostgreSQL has no statistics yet and, asked for the unarchived ones, sorted all of a
    // province's items for every page (0.8 s each) instead of walking the primary key.
    const rows: (SearchSource & { rid?: number; archived_at: string | null })[] = await db
      .selectFrom('items')
      .select(['id', 'code', 'title', 'search_text', 'archived_at'])
      .$if(dialect === 'sqlite', (qb) => qb.select(sql<number>`rowid`.as('rid')))
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) return count;
    after = rows[rows.length - 1].id;
    const page = rows.filter((r) => r.archived_at === null);
    if (page.length === 0) continue;
    const notes = await itemNotes(
      db,
      page.map((r) => r.id),
    );
    if (dialect === 'postgres') await writeRows(db, dialect, page, { notes });
    else {
      const noted = page.flatMap((r) => {
        const text = notes.get(r.id);
        return text ? [sql`(${r.id}, ${text}, ${indexTokens(text).join(' ')})`] : [];
      });
      if (noted.length)
        await sql`INSERT INTO item_search_notes (item_id, text, tokens) VALUES ${sql.join(noted)}`.execute(
          db,
        );
      await sql`INSERT INTO item_search (rowid, head, body, notes) VALUES ${sql.join(
        page.map(
          (r) =>
            sql`(${r.rid}, ${headOf(r).join(' ')}, ${bodyOf(r).join(' ')}, ${indexTokens(notes.get(r.id) ?? '').join(' ')})`,
        ),
      )}`.execute(db);
    }
    count += page.length;
  }
}

/** What the index answers of a query: the tokens' match expression and the words left to a substring match. */
export interface SearchPlan {
  /** FTS5 MATCH text (SQLite) or `tsquery` literal (PostgreSQL); null when no word has index tokens. */
  match: string | null;
  /** Words that must also occur in the search text as written (checked with LIKE). */
  confirm: string[];
}

export function searchPlan(dialect: Dialect, terms: readonly string[]): SearchPlan {
  const plans: [string, TermPlan][] = terms.map((t) => [t, termPlan(t)]);
  // Tokens hold letters, digits and Han characters only (core `indexTokens`): nothing to quote.
  // SQLite keeps token positions: a long Han word is the phrase of its trigrams, proven by the
  // index alone. PostgreSQL's vectors have no positions: the trigrams, then a substring match.
  const phrased = (p: TermPlan) => dialect === 'sqlite' && !!p.phrase;
  const parts = plans.flatMap(([, p]) =>
    phrased(p)
      ? [`"${p.phrase?.join(' ')}"`]
      : p.tokens.map((t) =>
          dialect === 'postgres' ? `'${t}'${p.prefix ? ':*' : ''}` : `"${t}"${p.prefix ? '*' : ''}`,
        ),
  );
  return {
    match: parts.length ? parts.join(dialect === 'postgres' ? ' & ' : ' AND ') : null,
    confirm: plans.filter(([, p]) => p.confirm && !phrased(p)).map(([t]) => t),
  };
}

/**
 * A word the index cannot prove alone, as a condition on `items as i`: it
 * occurs as written in the item's search text or in the notes of its reports.
 * `pattern` is a LIKE pattern with `\\` as its escape.
 */
export const confirmWord = (pattern: string) =>
  sql<boolean>`(i.search_text LIKE ${pattern} ESCAPE '\\' OR EXISTS (SELECT 1 FROM item_search_notes n
    WHERE n.item_id = i.id AND n.text LIKE ${pattern} ESCAPE '\\'))`;

/**
 * The tiers of a match, best first, as SQLite MATCH texts: the words in the
 * code or title (the head), then in the item's own text (head and body), then
 * anywhere, the notes of its reports included.
 */
const sqliteTiers = (match: string) => {
  const inHead = `{head} : (${match})`;
  const inOwn = `{head body} : (${match})`;
  return [inHead, `${inOwn} NOT ${inHead}`, `(${match}) NOT ${inOwn}`];
};

/**
 * A search as conditions on `items as i`, for lists narrowed by filters or by
 * the user's scope: `all` holds every match, `tiers` the three tiers, best
 * first (see `rankedMatches`). On PostgreSQL each is an EXISTS on the item's
 * row of the index, so that the planner may either check the row of each of
 * a unit's few hundred items or take every match from the GIN index and join
 * them to a broad filter's items; a join to the row itself (and a sort of the
 * joined rows) read each candidate's vectors out of line whatever the filter.
 */
export function searchConditions(
  dialect: Dialect,
  match: string,
): { all: RawBuilder<boolean>; tiers: RawBuilder<boolean>[] } {
  if (dialect === 'postgres') {
    const q = sql`${match}::tsquery`;
    const row = (where: RawBuilder<unknown>) =>
      sql<boolean>`EXISTS (SELECT 1 FROM item_search s WHERE s.item_id = i.id AND ${where})`;
    const none = (where: RawBuilder<unknown>) => sql<boolean>`NOT ${row(where)}`;
    return {
      all: row(sql`s.doc @@ ${q}`),
      tiers: [
        row(sql`s.head @@ ${q}`),
        sql<boolean>`${row(sql`s.own @@ ${q}`)} AND ${none(sql`s.head @@ ${q}`)}`,
        sql<boolean>`${row(sql`s.doc @@ ${q}`)} AND ${none(sql`s.own @@ ${q}`)}`,
      ],
    };
  }
  const matching = (expr: string) =>
    sql<boolean>`i.rowid IN (SELECT rowid FROM item_search WHERE item_search MATCH ${expr})`;
  return { all: matching(match), tiers: sqliteTiers(match).map(matching) };
}

/** One tier of a ranked search: a page of its ids, and its size counted up to a limit. */
export interface SearchTier {
  page(offset: number, limit: number): Promise<string[]>;
  size(upTo: number): Promise<number>;
}

/**
 * One page of ranked ids over tiers, best tier first: each tier is paged on its
 * own and stops after the page, so a word common to a quarter of the items
 * costs no more than a rare one; a tier is counted only when a later page
 * starts past it, and then only up to that page's offset.
 */
export async function pageOfTiers(
  tiers: readonly SearchTier[],
  offset: number,
  limit: number,
): Promise<string[]> {
  const out: string[] = [];
  // `skip`: how many of the page's offset fall past the tiers walked so far.
  let skip = offset;
  for (const [k, tier] of tiers.entries()) {
    if (out.length >= limit) break;
    const page = await tier.page(skip, limit - out.length);
    out.push(...page);
    if (page.length > 0 || skip === 0) skip = 0;
    // An empty page past the start: the tier holds `skip` rows at most, which the offset passes over.
    else if (k < tiers.length - 1) skip -= await tier.size(skip);
  }
  return out;
}

/**
 * How many items a search counts at most: beyond it the list says "1,000+".
 * Counting every match of a common word reads every matching row (on
 * PostgreSQL each row's vector out of line: 76,000 matches of 征迁 took 372
 * ms at city scale), while no one pages through a thousand hits: they add a
 * word or a filter.
 */
export const SEARCH_COUNT_CAP = 1000;

/** How many items the index matches (archived ones are not in it), counted up to `cap` + 1 (null: all). */
export async function countMatches(
  ctx: Ctx,
  match: string,
  cap: number | null = SEARCH_COUNT_CAP,
): Promise<number> {
  const where = ctx.dialect === 'postgres' ? sql`doc @@ ${match}::tsquery` : sql`item_search MATCH ${match}`;
  return countUpTo(ctx, where, cap === null ? null : cap + 1);
}

/** The rows of `item_search` that meet `where`, counted up to `limit` (null: all). */
async function countUpTo(ctx: Ctx, where: RawBuilder<unknown>, limit: number | null): Promise<number> {
  const count = async (db: AnyDb) => {
    const { rows } = await (limit === null
      ? sql<{ n: number }>`SELECT count(*) AS n FROM item_search WHERE ${where}`
      : sql<{ n: number }>`SELECT count(*) AS n FROM (
          SELECT 1 FROM item_search WHERE ${where} LIMIT ${limit}) s`
    ).execute(db);
    return Number(rows[0]?.n ?? 0);
  };
  if (ctx.dialect !== 'postgres' || ctx.db.isTransaction) return count(ctx.db);
  // PostgreSQL counts from the GIN index's bitmap, which holds every answer and never reads a
  // row's vectors. Left to itself, the planner would walk the table (or the primary key) when a
  // LIMIT promises an early stop, and check each row's vector, read out of line: 41 ms against
  // 8 for the 1,001 first matches of 安置房 at city scale, 253 against 11 for two words.
  return ctx.db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`.execute(
      tx,
    );
    return count(tx);
  });
}

/**
 * The ids of one page of matching items, best first, straight from the index:
 * three tiers, the words in the code or title (the head) first, then in the
 * rest of the item's own text, then in its reports; newest first within each
 * (SQLite walks a tier in rowid order). Scoring each match (bm25, ts_rank)
 * would read every match's tokens, three items in four for a common word.
 */
export async function rankedMatches(
  ctx: Ctx,
  match: string,
  offset: number,
  limit: number,
): Promise<string[]> {
  const q = sql`${match}::tsquery`;
  // PostgreSQL: each column has a GIN index; the head (code and title) is kept in the row, while
  // `own` and `doc` are read out of line for each row they are checked on, so the head comes
  // first. A common word walks the primary key backwards and stops after the page, a rare one
  // starts from an index. The head is part of `own`, and `own` of `doc`. The last tier asks
  // `own`'s index which rows to leave out rather than reading them.
  const tiers: RawBuilder<unknown>[] =
    ctx.dialect === 'postgres'
      ? [
          sql`head @@ ${q}`,
          sql`NOT head @@ ${q} AND own @@ ${q}`,
          sql`doc @@ ${q} AND item_id NOT IN (SELECT o.item_id FROM item_search o WHERE o.own @@ ${q})`,
        ]
      : sqliteTiers(match).map((expr) => sql`item_search MATCH ${expr}`);
  const tierPage = async (where: RawBuilder<unknown>, off: number, n: number) => {
    const { rows } = await (ctx.dialect === 'postgres'
      ? sql<{ id: string }>`SELECT item_id AS id FROM item_search WHERE ${where}
          ORDER BY item_id DESC LIMIT ${n} OFFSET ${off}`
      : sql<{ id: string }>`SELECT i.id FROM (
          SELECT rowid AS rid FROM item_search WHERE ${where} ORDER BY rowid DESC LIMIT ${n} OFFSET ${off}
        ) s JOIN items i ON i.rowid = s.rid ORDER BY s.rid DESC`
    ).execute(ctx.db);
    return rows.map((r) => r.id);
  };
  return pageOfTiers(
    tiers.map((where) => ({
      page: (off, n) => tierPage(where, off, n),
      size: (upTo) => countUpTo(ctx, where, upTo),
    })),
    offset,
    limit,
  );
}
