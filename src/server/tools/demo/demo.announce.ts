import { DEMO_BANNER_WORDS } from '../../../core/demo.js';
import type { DbHandle } from '../../db/database.js';
import { demoState, retireDemoAccountsIfOfficeReady } from '../../modules/demo/demo.service.js';
import { systemCtx } from '../../system.js';
import { demoLoginLines } from './demo.logins.js';

/**
 * At each start: turns the demo's accounts off if the office has its own three administrators by now
 * (core/demo.ts), and says loudly what the installation is — a demo, with its logins again (the first
 * start's output is long gone), or an office's installation that still holds demo data.
 */
export async function announceDemo(
  handle: DbHandle,
  opts: { fromEnv: boolean; printLogins: boolean },
): Promise<void> {
  const ctx = systemCtx(handle);
  const off = await retireDemoAccountsIfOfficeReady(ctx);
  if (off) console.log(`Demo accounts turned off: ${off} (the office has its own administrators).`);
  const state = await demoState(ctx);
  if (state === 'none') return;
  const line = '='.repeat(72);
  console.log(line);
  console.log(`演示环境 DEMO INSTALLATION — ${DEMO_BANNER_WORDS[state].zh}`);
  console.log(DEMO_BANNER_WORDS[state].en);
  console.log('An office installation: `ducha serve --no-demo` (or DUCHA_DEMO=off) on an empty database.');
  console.log(line);
  if (state === 'active' && opts.printLogins)
    for (const l of demoLoginLines({ fromEnv: opts.fromEnv })) console.log(l);
}
