#!/usr/bin/env node
// The `ducha` command. It runs the server compiled ahead to dist/server (by
// `npm ci`'s postinstall and `npm run build`: scripts/build-server.js), which
// starts in a fraction of a second. In development, when dist/server is missing
// or older than a source file, it runs the TypeScript sources through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(root, 'dist/server/cli/index.js');
const stamp = join(root, 'dist/server/.built');

/** The newest modification time of the server and core sources (about 400 stat calls, a few ms). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (process.env.DUCHA_FROM_SOURCE === '1' || !existsSync(compiled) || !existsSync(stamp)) return false;
  // A checkout without the sources (a packaged install) runs what it has.
  if (!existsSync(join(root, 'src/server'))) return true;
  const built = statSync(stamp).mtimeMs;
  return newestSource(join(root, 'src/server')) <= built && newestSource(join(root, 'src/core')) <= built;
}

if (compiledIsCurrent()) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src/server/cli/index.ts')).href);
}
