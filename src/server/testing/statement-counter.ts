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
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count++;
    if (process.env.DEBUG_SQL) console.log(args.node.kind);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** A context whose statements are counted; transactions opened from it are counted too. */
export function countingCtx(ctx: Ctx): { ctx: Ctx; counter: StatementCounter } {
  const counter = new StatementCounter();
  return { ctx: { ...ctx, db: ctx.db.withPlugin(counter) }, counter };
}
