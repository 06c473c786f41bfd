#!/usr/bin/env node
// Compiles the server and the pure domain (src/server, src/core) to JavaScript in
// dist/server and dist/core, one file per source file, so that `ducha` starts
// without compiling TypeScript on every run. esbuild only strips the types
// (tsc checks them: `npm run typecheck`); it comes with tsx, a runtime
// dependency, so this works after `npm ci --omit=dev` too.
//
// Runs as `postinstall` and as part of `npm run build`; bin/ducha.js runs the
// sources through tsx when dist/server is missing or older than them.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

/** Every .ts file of a folder, tests and test helpers left out. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' || name === 'fixtures' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn(
    '[build:server] esbuild is not installed; `ducha` will run from the TypeScript sources (slower).',
  );
  process.exit(0);
}

const entryPoints = [...sources(join(root, 'src/server')), ...sources(join(root, 'src/core'))];
for (const dir of ['dist/server', 'dist/core']) rmSync(join(root, dir), { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: join(root, 'dist'),
  outbase: join(root, 'src'),
  format: 'esm',
  platform: 'node',
  target: 'node20',
  bundle: false,
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The stamp bin/ducha.js compares with the sources' newest change.
writeFileSync(join(root, 'dist/server/.built'), `${new Date().toISOString()}\n`);
console.log(
  `[build:server] ${entryPoints.length} files → ${relative(root, join(root, 'dist'))}/{server,core} in ${Date.now() - started} ms`,
);
