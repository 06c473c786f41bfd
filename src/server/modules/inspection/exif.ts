import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { FileMime } from '../../../core/files.js';
import { exifDateTime, validCoordinates } from '../../../core/inspection.js';

/** Kinds whose EXIF exifr reads. */
const WITH_EXIF: readonly FileMime[] = ['image/jpeg', 'image/heic', 'image/png', 'image/webp'];

/**
 * The EXIF reader runs on untrusted bytes, so it runs in a worker thread with
 * a time limit: a crafted file (a HEIF box of size 0 sends exifr 7 into an
 * endless loop) costs at most this long and is then kept without facts,
 * instead of hanging the server.
 */
const EXIF_TIME_LIMIT_MS = 2000;

const EXIFR_PATH = createRequire(import.meta.url).resolve('exifr');

// Plain CommonJS, evaluated in the worker: reads the raw tags and the GPS position.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const exifr = require(workerData.exifr);
(async () => {
  const buf = Buffer.from(workerData.content);
  const tags = await exifr.parse(buf, {
    tiff: true, exif: true, gps: true, reviveValues: false,
    pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal'],
  }).catch(() => undefined);
  const gps = await exifr.gps(buf).catch(() => undefined);
  parentPort.postMessage({ tags: tags || null, gps: gps || null });
})().catch(() => parentPort.postMessage({ tags: null, gps: null }));
`;

export interface PhotoFacts {
  /** The camera's capture time (its local clock), `YYYY-MM-DDTHH:mm:ss[±hh:mm]`. */
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

const NONE: PhotoFacts = { takenAt: null, latitude: null, longitude: null };

type Raw = { tags: Record<string, unknown> | null; gps: { latitude?: unknown; longitude?: unknown } | null };

function readRaw(content: Buffer): Promise<Raw | null> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { exifr: EXIFR_PATH, content: new Uint8Array(content) },
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, EXIF_TIME_LIMIT_MS);
    worker.once('message', (m: Raw) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/**
 * What a photo's EXIF says about when and where it was taken. Read from the
 * original as uploaded; a photo without EXIF, or one the reader cannot parse
 * in time, simply has no facts (never a refusal: an honest photo may have
 * lost its EXIF).
 */
export async function readPhotoFacts(content: Buffer, mime: FileMime): Promise<PhotoFacts> {
  if (!WITH_EXIF.includes(mime)) return NONE;
  const raw = await readRaw(content);
  if (!raw) return NONE;
  const t = raw.tags ?? {};
  const takenAt = exifDateTime(t.DateTimeOriginal, t.OffsetTimeOriginal) ?? exifDateTime(t.CreateDate);
  const lat = raw.gps?.latitude;
  const lng = raw.gps?.longitude;
  const ok = validCoordinates(lat, lng);
  return {
    takenAt,
    latitude: ok ? Math.round((lat as number) * 1e7) / 1e7 : null,
    longitude: ok ? Math.round((lng as number) * 1e7) / 1e7 : null,
  };
}
