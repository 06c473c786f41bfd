import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Ctx } from '../context.js';

/**
 * Counts the SQL statements a command runs, so that tests can hold the
 * number of round trips of the main commands (a cost that, unlike time,
 * is exact on every machine).
 */
export class StatementCounter implements KyselyPlugin {
  count = 0;
  /** The tables written (inserted into, updated, deleted from), in order, one entry per statement built. */
  written: string[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (process.env.DEBUG_SQL) console.log(args.node.kind);
    const table = writtenTable(args.node);
    if (table) this.written.push(table);
    return args.node;
  }
  // Counted as results come back, not as queries are built: a query built only to be
  // folded into another statement (dialect `executeTogether`) costs no round trip.
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count++;
    return args.result;
  }
}

function writtenTable(node: RootOperationNode): string | undefined {
  const name = (t: unknown) =>
    (t as { table?: { identifier?: { name?: string } } } | undefined)?.table?.identifier?.name;
  if (node.kind === 'InsertQueryNode') return name(node.into);
  if (node.kind === 'UpdateQueryNode') return name(node.table);
  if (node.kind === 'DeleteQueryNode') return name(node.from.froms[0]);
  return undefined;
}

/** A context whose statements are counted; transactions opened from it are counted too. */
export function countingCtx(ctx: Ctx): { ctx: Ctx; counter: StatementCounter } {
  const counter = new StatementCounter();
  return { ctx: { ...ctx, db: ctx.db.withPlugin(counter) }, counter };
}
