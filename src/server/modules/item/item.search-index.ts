import { type Kysely, type RawBuilder, sql } from 'kysely';
import { indexTokens, type TermPlan, termPlan } from '../../../core/search-text.js';
import type { Ctx } from '../../context.js';
import { type Dialect, dialectOf } from '../../db/dialect.js';

/**
 * The item search index: an FTS5 table on SQLite (contentless, its rowid the
 * item's rowid), a table of `tsvector`s with a GIN index on PostgreSQL. Both
 * hold the tokens of core `indexTokens` in two parts, the head (code and title)
 * and the whole search text, so that a title match ranks above a match in the
 * task book alone. Written in the transaction of every write that
 * changes an item's search text; rebuilt whole after a restore or a bulk load.
 */

// biome-ignore lint/suspicious/noExplicitAny: the migration and the restore use it on an untyped handle
type AnyDb = Kysely<any>;

/** SQLite's FTS5 table and the shadow tables it keeps its index in (never copied by a backup). */
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
 * `searchMatches`), and a smaller vector is a smaller row to read per match.
 */
export function tsvectorLiteral(tokens: readonly string[]): string {
  return [...new Set(tokens)].map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' ');
}

/**
 * Writes the index entries of some items afresh. Archived items (drafts taken
 * out of the lists) have none: their search, with `archived=true`, is a scan of
 * the few archived rows, and every other search needs no archive check per hit.
 */
async function writeRows(
  db: AnyDb,
  dialect: Dialect,
  rows: readonly SearchSource[],
  forget = false,
): Promise<void> {
  if (rows.length === 0) return;
  // `forget`: an item may have just been archived, so its entry is removed first.
  if (dialect === 'postgres') {
    if (forget)
      await sql`DELETE FROM item_search WHERE item_id IN (${sql.join(rows.map((r) => r.id))})`.execute(db);
    await sql`INSERT INTO item_search (item_id, head, doc)
      SELECT i.id, v.head::tsvector, v.doc::tsvector FROM (VALUES ${sql.join(
        rows.map((r) => {
          const head = headOf(r);
          return sql`(${r.id}::text, ${tsvectorLiteral(head)}::text, ${tsvectorLiteral([...head, ...bodyOf(r)])}::text)`;
        }),
      )}) AS v (id, head, doc) JOIN items i ON i.id = v.id WHERE i.archived_at IS NULL
      ON CONFLICT (item_id) DO UPDATE SET head = excluded.head, doc = excluded.doc`.execute(db);
    return;
  }
  for (const r of rows) {
    // A contentless table with contentless_delete forgets a rowid's old tokens on DELETE and REPLACE.
    if (forget)
      await sql`DELETE FROM item_search WHERE rowid = (SELECT rowid FROM items WHERE id = ${r.id})`.execute(
        db,
      );
    await sql`INSERT OR REPLACE INTO item_search (rowid, head, body)
      SELECT rowid, ${headOf(r).join(' ')}, ${bodyOf(r).join(' ')} FROM items
      WHERE id = ${r.id} AND archived_at IS NULL`.execute(db);
  }
}

/** Indexes items as written (`ctx.db` is the write's transaction). */
export function writeItemSearch(ctx: Ctx, rows: readonly SearchSource[]): Promise<void> {
  return writeRows(ctx.db, ctx.dialect, rows);
}

/** Indexes items again as stored (after they were archived or restored). */
export async function reindexItems(ctx: Ctx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await ctx.db
    .selectFrom('items')
    .select(['id', 'code', 'title', 'search_text'])
    .where('id', 'in', ids)
    .execute();
  await writeRows(ctx.db, ctx.dialect, rows, true);
}

/** Drops the whole index and indexes every item again, in pages; run inside a transaction or migration. */
export async function rebuildItemSearch(db: AnyDb): Promise<number> {
  const dialect = dialectOf(db);
  if (dialect === 'postgres') await sql`DELETE FROM item_search`.execute(db);
  else await sql`INSERT INTO item_search (item_search) VALUES ('delete-all')`.execute(db);
  let after = '';
  let count = 0;
  for (;;) {
    const page: (SearchSource & { rid?: number })[] = await db
      .selectFrom('items')
      .select(['id', 'code', 'title', 'search_text'])
      .where('archived_at', 'is', null)
      .$if(dialect === 'sqlite', (qb) => qb.select(sql<number>`rowid`.as('rid')))
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (page.length === 0) return count;
    if (dialect === 'postgres') await writeRows(db, dialect, page);
    else
      await sql`INSERT INTO item_search (rowid, head, body) VALUES ${sql.join(
        page.map((r) => sql`(${r.rid}, ${headOf(r).join(' ')}, ${bodyOf(r).join(' ')})`),
      )}`.execute(db);
    count += page.length;
    after = page[page.length - 1].id;
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
 * The rows of the index that match, as a table to join to `items as i`:
 * its join condition, and `s.score` ascending puts the best first: two tiers,
 * the words in the code or title (the head) first, then the rest. Scoring each
 * match (bm25, ts_rank) would read every match's tokens, a quarter of the
 * items for a common word; the tiers need only the head.
 */
export function searchMatches(
  dialect: Dialect,
  match: string,
): { table: RawBuilder<unknown>; on: RawBuilder<boolean> } {
  if (dialect === 'postgres')
    return {
      table: sql`(SELECT item_id, CASE WHEN head @@ ${match}::tsquery THEN 0 ELSE 1 END AS score
        FROM item_search WHERE doc @@ ${match}::tsquery)`,
      on: sql<boolean>`s.item_id = i.id`,
    };
  return {
    table: sql`(SELECT rowid AS rid, CASE WHEN rowid IN (SELECT rowid FROM item_search WHERE item_search MATCH ${`{head} : (${match})`}) THEN 0 ELSE 1 END AS score
      FROM item_search WHERE item_search MATCH ${match})`,
    on: sql<boolean>`s.rid = i.rowid`,
  };
}

/** How many items the index matches (archived ones are not in it). */
export async function countMatches(ctx: Ctx, match: string): Promise<number> {
  const { rows } = await (ctx.dialect === 'postgres'
    ? sql<{ n: number }>`SELECT count(*) AS n FROM item_search WHERE doc @@ ${match}::tsquery`
    : sql<{ n: number }>`SELECT count(*) AS n FROM item_search WHERE item_search MATCH ${match}`
  ).execute(ctx.db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * The ids of one page of matching items, best first, straight from the index:
 * those with the words in the code or title, then the rest, newest first
 * within each tier. SQLite walks each tier in rowid order and stops after the
 * page, so a word common to a quarter of the items costs no more than a rare
 * one (bm25 would score every match first).
 */
export async function rankedMatches(
  ctx: Ctx,
  match: string,
  offset: number,
  limit: number,
): Promise<string[]> {
  if (ctx.dialect === 'postgres') {
    const { rows } = await sql<{
      id: string;
    }>`SELECT item_id AS id FROM item_search WHERE doc @@ ${match}::tsquery
      ORDER BY head @@ ${match}::tsquery DESC, item_id DESC LIMIT ${limit} OFFSET ${offset}`.execute(ctx.db);
    return rows.map((r) => r.id);
  }
  const inHead = `{head} : (${match})`;
  const tier = async (expr: string, off: number, n: number) => {
    if (n <= 0) return [];
    const { rows } = await sql<{ id: string }>`SELECT i.id FROM (
        SELECT rowid AS rid FROM item_search WHERE item_search MATCH ${expr} ORDER BY rowid DESC LIMIT ${n} OFFSET ${off}
      ) s JOIN items i ON i.rowid = s.rid ORDER BY s.rid DESC`.execute(ctx.db);
    return rows.map((r) => r.id);
  };
  const first = await countMatches(ctx, inHead);
  const head = offset < first ? await tier(inHead, offset, limit) : [];
  const rest = await tier(`(${match}) NOT ${inHead}`, Math.max(0, offset - first), limit - head.length);
  return [...head, ...rest];
}
