import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { startBenchServer } from './bench.child.js';
import { BENCH_SUPERVISOR } from './bench.generate.js';
import { percentile, type Result } from './bench.measure.js';

/**
 * `ducha bench --web`: the cockpit's first load in Chromium, on the bench data
 * set through a real server that also serves the built web app. It measures
 * the time until the headline numbers are painted and the JavaScript the
 * browser needed for them (gzip, as the build's .gz files), unthrottled and
 * on a slower office PC.
 */

interface Script {
  url: string;
  /** When the script finished loading (ms after navigation start). */
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

const CHARTS = ['chart-lights', 'chart-ledgers', 'chart-units', 'chart-trend'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/*
 * The code that runs in the page is kept as text: the bench runs through tsx,
 * whose transform wraps named functions in a `__name` helper that does not
 * exist in the browser, so a serialized TypeScript function would fail there.
 */

/** Runs before the page's own scripts: watches for the totals from the first byte on, and records LCP. */
const INSTRUMENT = `(() => {
  const seen = () => {
    if (window.__totalsAt || !document.querySelector('[data-testid="cockpit-total"]')) return;
    window.__totalsAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__totalsPaintedAt = performance.now(); }, 0));
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) window.__lcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no LCP in this browser
  }
})();`;

/** The page's own timings once the charts are drawn (an expression evaluated in the page). */
const METRICS = `(() => {
  const paint = (name) => performance.getEntriesByType('paint').find((e) => e.name === name)?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0];
  const scripts = performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('.js'))
    .map((e) => ({ url: e.name, end: e.responseEnd, wire: e.encodedBodySize, raw: e.decodedBodySize }));
  return {
    totalsInDom: window.__totalsAt,
    totalsPainted: window.__totalsPaintedAt,
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    largestContentfulPaint: window.__lcp ?? null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
    chartsDrawn: performance.now(),
    scripts,
  };
})()`;

async function sample(context: BrowserContext, throttle: boolean): Promise<Sample> {
  const page = await context.newPage();
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
  await page.getByTestId('cockpit-total').waitFor({ timeout: 60_000 });
  await page.waitForFunction('window.__totalsPaintedAt', null, { timeout: 60_000 });
  for (const id of CHARTS)
    await page.locator(`[data-testid="${id}"] canvas`).first().waitFor({ timeout: 60_000 });
  const m = (await page.evaluate(METRICS)) as Sample;
  await page.close();
  return m;
}

const gzipCache = new Map<string, number>();

/** The gzip size (level 9, as the build's .gz files) of a script, whatever encoding the server chose. */
async function gzipSize(url: string): Promise<number> {
  const cached = gzipCache.get(url);
  if (cached !== undefined) return cached;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  const size = gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  gzipCache.set(url, size);
  return size;
}

const kb = (n: number) => n / 1024;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const whole = (n: number | null) => (n === null ? '—' : String(Math.round(n)));

/** A fresh context per run (cold HTTP cache) holding a session cookie, as for a returning user. */
async function loggedInContext(browser: Browser, base: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const res = await context.request.post('/api/auth/login', {
    data: { username: BENCH_SUPERVISOR, password },
  });
  if (res.status() !== 200) throw new Error(`login failed: ${res.status()} ${await res.text()}`);
  // The app's "this browser has a session" hint, as the login form leaves it.
  await context.addInitScript("localStorage.setItem('ducha.session', '1')");
  await context.addInitScript(INSTRUMENT);
  return context;
}

/** The figures of one set of runs as rows of the bench table. */
async function rowsOf(label: string, samples: Sample[]): Promise<Result[]> {
  const last = samples.at(-1) as Sample;
  const before = last.scripts.filter((s) => s.end <= last.totalsInDom);
  if (before.length === 0) throw new Error('no script loaded before the totals: the measurement is broken');
  const jsRow = async (what: string, scripts: Script[]): Promise<Result> => {
    let gz = 0;
    for (const s of scripts) gz += await gzipSize(s.url);
    const wire = scripts.reduce((n, s) => n + s.wire, 0);
    const raw = scripts.reduce((n, s) => n + s.raw, 0);
    return {
      name: `cockpit JS ${what}, gzip (${label})`,
      check: 'none',
      median: null,
      p95: null,
      value: kb(gz),
      unit: 'KB',
      note: `${scripts.length} scripts; wire ${kb(wire).toFixed(1)} KB, raw ${kb(raw).toFixed(1)} KB`,
    };
  };
  const painted = sorted(samples.map((s) => s.totalsPainted));
  const charts = sorted(samples.map((s) => s.chartsDrawn));
  const runs = `${samples.length} run${samples.length > 1 ? 's' : ''}`;
  return [
    {
      name: `cockpit totals painted (${label}, ${runs})`,
      check: 'none',
      median: percentile(painted, 0.5),
      p95: null,
      value: percentile(painted, 0.5),
      unit: 'ms',
      note:
        `in DOM ${whole(percentile(sorted(samples.map((s) => s.totalsInDom)), 0.5))} ms; ` +
        `runs ${samples.map((s) => whole(s.totalsPainted)).join(', ')} ms`,
    },
    {
      name: `cockpit first contentful paint (${label})`,
      check: 'none',
      median: null,
      p95: null,
      value: last.firstContentfulPaint ?? Number.NaN,
      unit: 'ms',
      note:
        `first paint ${whole(last.firstPaint)}, LCP ${whole(last.largestContentfulPaint)}, ` +
        `DOMContentLoaded ${whole(last.domContentLoaded)} ms`,
    },
    {
      name: `cockpit all charts drawn (${label}, ${runs})`,
      check: 'none',
      median: percentile(charts, 0.5),
      p95: null,
      value: percentile(charts, 0.5),
      unit: 'ms',
    },
    await jsRow('before the totals', before),
    await jsRow('with the charts', last.scripts),
  ];
}

export async function measureWeb(opts: {
  url: string;
  password: string;
  webRoot: string;
}): Promise<Result[]> {
  const { chromium } = await import('playwright-core');
  const server = await startBenchServer({ url: opts.url, password: opts.password, webRoot: opts.webRoot });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const results: Result[] = [];
    for (const [label, throttle, runs] of [
      ['unthrottled', false, 3],
      ['CPU 4×, 40 ms RTT, 10 Mbit/s', true, 1],
    ] as const) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await loggedInContext(browser, server.base, opts.password);
        samples.push(await sample(context, throttle));
        await context.close();
      }
      results.push(...(await rowsOf(label, samples)));
    }
    return results;
  } finally {
    await browser?.close();
    await server.stop();
  }
}
