import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WEB_ROOT } from './app.js';

/**
 * `npm start` on a fresh clone builds the web app once (Vite, about half a
 * minute); later starts reuse dist/web. The build runs as its own process with
 * Vite's progress on the terminal: the server never loads build tools itself.
 */
export function ensureWebBuilt(): void {
  if (fs.existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) return;
  const root = path.resolve(DEFAULT_WEB_ROOT, '../..');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  if (!fs.existsSync(path.join(root, 'vite.config.ts')) || !fs.existsSync(vite)) {
    console.error(
      'The web app is not built (dist/web) and cannot be here: serving the API only. Run `npm run build`.',
    );
    return;
  }
  console.log('First start: building the web app (vite build, about half a minute)…');
  const started = Date.now();
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status === 0)
    console.log(`Built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  // The API still serves; say plainly why the pages are missing.
  else console.error('The web app could not be built, serving the API only (see the output above).');
}
