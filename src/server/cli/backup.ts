import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig, ownerDatabase } from '../config.js';
import { migrate, openDatabase } from '../db/database.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * `ducha backup <folder>` and `ducha restore <folder> [--verify]`: an online,
 * consistent copy of the database and the attachments with a manifest of
 * hashes, and its way back into an empty installation. The audit key is not
 * in the backup (it seals the log against whoever holds the data): keep
 * `audit.key` (or DUCHA_AUDIT_KEY) apart, as the manifest's check names.
 */
export function addBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'copy the database (one consistent snapshot, while serving) and the attachments into a new folder',
    )
    .argument(
      '[folder]',
      'a new folder for the backup',
      `ducha-backup-${new Date().toISOString().slice(0, 10)}`,
    )
    .action(async (folder: string) => {
      const config = loadConfig();
      const handle = openDatabase(config.database);
      try {
        const { createBackup } = await import('../backup/backup.js');
        const out = path.resolve(folder);
        const m = await createBackup({
          handle,
          filesDir: path.join(config.dataDir, 'files'),
          outDir: out,
          onProgress: (what) => process.stderr.write(`  ${what}\n`),
        });
        const rows = m.tables.reduce((n, t) => n + t.rows, 0);
        const bytes = m.files.reduce((n, f) => n + f.size, 0);
        console.log(
          `Backup written to ${out} in ${m.ms} ms: ${m.tables.length} tables, ${rows} rows, ` +
            `${m.files.length} attachments (${mb(bytes)}), audit log up to seq ${m.audit.lastSeq}.`,
        );
        if (m.missingFiles.length)
          console.warn(
            `Warning: ${m.missingFiles.length} attachments named in the database were not in the file store.`,
          );
        console.log(
          'Keep the audit key (audit.key in the data folder, or DUCHA_AUDIT_KEY) apart from the backup.',
        );
      } finally {
        await handle.close();
      }
    });

  program
    .command('restore')
    .description('check a backup against its manifest (--verify), or restore it into an empty database')
    .argument('<folder>', 'a folder written by `ducha backup`')
    .option('--verify', 'only check every file against the manifest; change nothing')
    .action(async (folder: string, opts: { verify?: boolean }) => {
      const { restoreBackup, verifyBackup } = await import('../backup/restore.js');
      const dir = path.resolve(folder);
      if (opts.verify) {
        const check = await verifyBackup(dir);
        if (check.ok && check.manifest)
          console.log(
            `Backup intact (${check.ms} ms): ${check.manifest.tables.length} tables and ` +
              `${check.manifest.files.length} attachments match the manifest of ${check.manifest.createdAt}.`,
          );
        else console.error(`Backup NOT intact:\n  ${check.problems.join('\n  ')}`);
        process.exitCode = check.ok ? 0 : 2;
        return;
      }
      const config = loadConfig();
      // The owner restores: it migrates, moves sequences (setval) and writes the audit log's own rows.
      const handle = openDatabase(ownerDatabase(config));
      try {
        await migrate(handle.db);
        const r = await restoreBackup({
          handle,
          filesDir: path.join(config.dataDir, 'files'),
          dir,
          onProgress: (what) => process.stderr.write(`  ${what}\n`),
        });
        console.log(
          `Restored ${r.rows} rows of ${r.tables} tables and ${r.files} attachments in ${r.ms} ms. ` +
            (r.audit.intact
              ? `Audit log intact up to seq ${r.audit.lastSeq}.`
              : `Audit log NOT intact at seq ${r.audit.brokenAt} (${r.audit.problem}).`),
        );
        process.exitCode = r.audit.intact ? 0 : 2;
      } catch (e) {
        console.error(`Restore refused: ${(e as Error).message}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}
