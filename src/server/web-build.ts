import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WEB_ROOT } from './app.js';

/**
 * `npm start` on a fresh clone builds the web app once (Vite, about half a
 * minute); later starts reuse dist/web.
 */
export async function ensureWebBuilt(): Promise<void> {
  if (fs.existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) return;
  const root = path.resolve(DEFAULT_WEB_ROOT, '../..');
  if (!fs.existsSync(path.join(root, 'vite.config.ts'))) return;
  console.log('Building the web app (first start only)…');
  const { build } = await import('vite');
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent' });
  } catch (e) {
    // The API still serves; say plainly why the pages are missing.
    console.error(
      `The web app could not be built, serving the API only: ${(e as Error).message.split('\n')[0]}`,
    );
  }
}
