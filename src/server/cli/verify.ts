import type { Command } from 'commander';

const PROBLEMS: Record<string, string> = {
  altered: 'a row was edited, forged or moved (its MAC or its link to the row before does not check)',
  gap: 'rows are missing from the middle of the chain',
  unkeyed: 'a row was written without the audit key',
  truncated: 'the newest rows were deleted (the chain ends before the anchored head)',
  anchor_mismatch: 'the chain was rewritten (the anchored head row is not the one anchored)',
};

/**
 * `ducha verify`: checks the audit chain with the key and the head anchor
 * kept outside the database, from the command line — no login, no server.
 * Exit code 0 when intact, 2 when not.
 */
export function addVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('check that the audit log is complete and unaltered (HMAC chain, sequence, head anchor)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { openDatabase } = await import('../db/database.js');
      const config = loadConfig();
      const handle = openDatabase(config.database);
      try {
        const { openAuditSeal, setAuditSeal } = await import('../modules/audit/audit.seal.js');
        const { verifyAuditChain } = await import('../modules/audit/audit.repo.js');
        const seal = openAuditSeal(config.dataDir, config.auditKey);
        setAuditSeal(seal);
        const started = Date.now();
        const r = await verifyAuditChain(handle);
        const ms = Date.now() - started;
        if (opts.json) console.log(JSON.stringify({ ...r, ms }));
        else if (r.intact)
          console.log(
            `Audit log intact: ${r.rows} rows up to seq ${r.lastSeq}` +
              (r.anchorSeq === null
                ? ` (no head anchor at ${seal.anchorFile}: truncation cannot be judged)`
                : `, head anchor at seq ${r.anchorSeq} present`) +
              ` — checked in ${ms} ms.`,
          );
        else
          console.error(
            `Audit log NOT intact at seq ${r.brokenAt}: ${PROBLEMS[r.problem ?? ''] ?? r.problem}. ` +
              `${r.rows} rows checked before it; last seq ${r.lastSeq}, anchored head ${r.anchorSeq ?? 'none'}.`,
          );
        process.exitCode = r.intact ? 0 : 2;
      } finally {
        await handle.close();
      }
    });
}
