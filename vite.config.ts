import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The web app lives in src/web and builds to dist/web, which the server serves
 * (with an SPA fallback to index.html). In development `npm run dev:web`
 * (and `vite preview`) proxy /api to the server (DUCHA_API, default
 * http://127.0.0.1:3000).
 */
/**
 * Writes `.br` and `.gz` next to every text asset, so that the server can send
 * them as they are (`@fastify/static` with `preCompressed: true`) instead of
 * compressing on each request — the cockpit's JavaScript is ~4× smaller on the wire.
 */
function precompress(): Plugin {
  return {
    name: 'ducha-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => {
          const p = join(dir, f);
          return statSync(p).isDirectory() ? walk(p) : [p];
        });
      // A failed build leaves no output folder; the build's own error is the one to show.
      if (!existsSync(here('./dist/web'))) return;
      for (const file of walk(here('./dist/web'))) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
      }
    },
  };
}

const proxy = { '/api': { target: process.env.DUCHA_API ?? 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  root: here('./src/web'),
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // The cockpit must show within ~300 KB gzip of JavaScript; routes are lazy.
    chunkSizeWarningLimit: 900,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy,
  },
  preview: { host: '127.0.0.1', port: 4173, proxy },
});
