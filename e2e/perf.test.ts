import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginViaApi, newContext, SCREENSHOTS, USERS } from './support.js';

/**
 * Measures, does not judge: the time until the cockpit's headline numbers are
 * painted, and the JavaScript the browser needed for it (gzip). Printed and
 * written to e2e-screenshots/cockpit-perf.json; no timing is asserted.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Script {
  url: string;
  start: number;
  end: number;
  /** Bytes on the wire (compressed when the server sends .br/.gz files). */
  wire: number;
  /** The script itself, uncompressed. */
  raw: number;
}

interface Sample {
  /** Navigation start → the totals in the DOM (ms). */
  totalsInDom: number;
  /** Navigation start → the frame after that (≈ painted). */
  totalsPainted: number;
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  largestContentfulPaint: number | null;
  domContentLoaded: number;
  /** Navigation start → every chart drawn. */
  chartsDrawn: number;
  scripts: Script[];
}

/** Watches for the totals from the first byte of the page on, and records LCP. */
function instrument(): void {
  const w = window as unknown as Record<string, number>;
  const seen = () => {
    if (w.__totalsAt || !document.querySelector('[data-testid="cockpit-total"]')) return;
    w.__totalsAt = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.__totalsPaintedAt = performance.now();
      }, 0),
    );
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) w.__lcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no LCP in this browser
  }
}

async function sample(context: BrowserContext, throttle: boolean): Promise<Sample> {
  const page: Page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // A slower office PC on a mediocre network: 4× CPU slowdown, 40 ms RTT, 10 Mbit/s down.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: (10 * 1024 * 1024) / 8,
      uploadThroughput: (5 * 1024 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto('/cockpit');
  await page.getByTestId('cockpit-total').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as Record<string, number>).__totalsPaintedAt, null, {
    timeout: 30_000,
  });
  for (const id of ['chart-lights', 'chart-ledgers', 'chart-units', 'chart-trend'])
    await page.locator(`[data-testid="${id}"] canvas`).first().waitFor({ timeout: 30_000 });
  const chartsAt = await page.evaluate(() => performance.now());
  const m = await page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    const paint = (name: string) =>
      performance.getEntriesByType('paint').find((e) => e.name === name)?.startTime ?? null;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({
        url: e.name,
        start: e.startTime,
        end: e.responseEnd,
        wire: e.encodedBodySize,
        raw: e.decodedBodySize,
      }));
    return {
      totalsInDom: w.__totalsAt,
      totalsPainted: w.__totalsPaintedAt,
      firstPaint: paint('first-paint'),
      firstContentfulPaint: paint('first-contentful-paint'),
      largestContentfulPaint: w.__lcp ?? null,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
      scripts,
    };
  });
  await page.close();
  return { ...m, chartsDrawn: chartsAt };
}

const gzipCache = new Map<string, number>();

/** The gzip size (level 9, as the build's .gz files) of a script, whatever encoding the server chose. */
async function gzipSize(context: BrowserContext, url: string): Promise<number> {
  const cached = gzipCache.get(url);
  if (cached !== undefined) return cached;
  const res = await context.request.get(url);
  expect(res.status(), url).toBe(200);
  const size = gzipSync(await res.body(), { level: 9 }).length;
  gzipCache.set(url, size);
  return size;
}

const kb = (n: number) => Math.round(n / 102.4) / 10;
const ms = (n: number | null) => (n === null ? null : Math.round(n));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('the cockpit’s first load (measured, not asserted)', () => {
  it('reports the time until the headline numbers are painted and the JavaScript loaded before them', async () => {
    const report: Record<string, unknown> = {};
    for (const throttle of [false, true]) {
      const samples: Sample[] = [];
      // Each run in a fresh context: cold HTTP cache, a valid session cookie (a returning user).
      for (let i = 0; i < (throttle ? 1 : 3); i++) {
        const context = await newContext(browser);
        await loginViaApi(context, USERS.leader);
        await context.addInitScript(instrument);
        samples.push(await sample(context, throttle));
        await context.close();
      }
      const last = samples.at(-1)!;
      const context = await newContext(browser);
      const before = last.scripts.filter((s) => s.end <= last.totalsInDom);
      const all = last.scripts;
      let gzBefore = 0;
      for (const s of before) gzBefore += await gzipSize(context, s.url);
      let gzAll = 0;
      for (const s of all) gzAll += await gzipSize(context, s.url);
      await context.close();
      expect(before.length).toBeGreaterThan(0);

      const label = throttle ? 'throttled (CPU 4×, 40 ms RTT, 10 Mbit/s)' : 'unthrottled (local)';
      const figures = {
        runs: samples.length,
        totalsPaintedMs: median(samples.map((s) => s.totalsPainted)),
        totalsInDomMs: median(samples.map((s) => s.totalsInDom)),
        firstPaintMs: ms(last.firstPaint),
        firstContentfulPaintMs: ms(last.firstContentfulPaint),
        largestContentfulPaintMs: ms(last.largestContentfulPaint),
        domContentLoadedMs: ms(last.domContentLoaded),
        allChartsDrawnMs: median(samples.map((s) => s.chartsDrawn)),
        scriptsBeforeTotals: before.length,
        jsBeforeTotalsGzipKB: kb(gzBefore),
        jsBeforeTotalsWireKB: kb(before.reduce((n, s) => n + s.wire, 0)),
        jsBeforeTotalsRawKB: kb(before.reduce((n, s) => n + s.raw, 0)),
        scriptsWithCharts: all.length,
        jsWithChartsGzipKB: kb(gzAll),
        jsWithChartsWireKB: kb(all.reduce((n, s) => n + s.wire, 0)),
        jsWithChartsRawKB: kb(all.reduce((n, s) => n + s.raw, 0)),
        samplesTotalsPaintedMs: samples.map((s) => ms(s.totalsPainted)),
      };
      for (const k of ['totalsPaintedMs', 'totalsInDomMs', 'allChartsDrawnMs'] as const)
        figures[k] = Math.round(figures[k]);
      report[label] = { ...figures, scriptsLoadedBeforeTotals: before.map((s) => new URL(s.url).pathname) };
      console.log(`[perf] cockpit, ${label}: ${JSON.stringify(figures)}`);
    }
    writeFileSync(join(SCREENSHOTS, 'cockpit-perf.json'), `${JSON.stringify(report, null, 2)}\n`);
  });
});
