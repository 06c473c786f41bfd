import type { DbHandle } from '../../db/database.js';
import { DEMO_ACCOUNTS, demoUsername } from './demo.accounts.js';
import { DEMO_ITEMS, DEMO_PEOPLE, DEMO_UNITS } from './district-data.js';

/**
 * The demo's logins as printed after loading it, on a later start and by
 * `ducha demo --logins`: the office's accounts and the unit users of the
 * units that lead the most items (their home pages are the fullest).
 * The password is never stored in clear: it is told once, when generated.
 */
export function demoLoginLines(password: { generated?: string; fromEnv: boolean }): string[] {
  const lines = ['Demo logins (all with the same password):'];
  for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(12)} ${a.displayName}（${a.title}）`);
  const leads = new Map<string, number>();
  for (const item of DEMO_ITEMS.flatMap((i) => [i, ...(i.children ?? [])]))
    for (const r of item.responsibilities)
      if (r.role === 'lead') leads.set(r.unitKey, (leads.get(r.unitKey) ?? 0) + 1);
  const busiest = [...leads.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [unitKey, n] of busiest) {
    const i = DEMO_PEOPLE.findIndex((p) => p.role === 'responsible' && p.unitKey === unitKey);
    const unit = DEMO_UNITS.find((u) => u.key === unitKey)?.name ?? unitKey;
    if (i >= 0)
      lines.push(
        `  ${demoUsername(DEMO_PEOPLE[i], i).padEnd(12)} ${DEMO_PEOPLE[i].displayName}（${unit}，牵头 ${n} 项）`,
      );
  }
  lines.push(
    password.generated
      ? `  password: ${password.generated}`
      : password.fromEnv
        ? '  password: the value of DUCHA_DEMO_PASSWORD'
        : '  password: the one printed when the demo was loaded (it is not stored in clear; set DUCHA_DEMO_PASSWORD before loading the demo to choose it)',
  );
  lines.push(
    '  admin        系统管理员 (password: DUCHA_ADMIN_PASSWORD, or the one printed at the first start)',
  );
  return lines;
}

/** Whether the demo district is in this database: its supervisor's account exists. */
export async function hasDemo(handle: DbHandle): Promise<boolean> {
  const row = await handle.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', DEMO_ACCOUNTS[0]?.username ?? 'duchashi')
    .executeTakeFirst();
  return !!row;
}
