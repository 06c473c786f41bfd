/**
 * Delivery rules shared by the outbox job and the screens: how long to wait
 * before trying a failed delivery again, when to give up, and when a person's
 * quiet hours let a message through.
 */
export const DELIVERY_CHANNELS = ['in_app', 'email', 'robot'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Attempts before a delivery is marked failed and shown to the office. */
export const MAX_ATTEMPTS = 6;

/** Wait after the n-th failed attempt (1-based): 1, 2, 4, 8, 16 minutes …, at most an hour. */
export function backoffMs(attempt: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
}

/** Quiet hours as China-time `HH:MM` from/to; may wrap midnight (22:00–07:00). */
export interface QuietHours {
  start: string;
  end: string;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * The earliest instant at or after `at` outside the quiet hours (China time,
 * UTC+8): `at` itself when outside them, else the end of the quiet period.
 */
export function afterQuietHours(at: Date, quiet: QuietHours | null): Date {
  if (!quiet || quiet.start === quiet.end) return at;
  const chinaMs = at.getTime() + 8 * 3600_000;
  const dayStart = Math.floor(chinaMs / 86_400_000) * 86_400_000;
  const minute = Math.floor((chinaMs - dayStart) / 60_000);
  const s = minutesOf(quiet.start);
  const e = minutesOf(quiet.end);
  const inside = s < e ? minute >= s && minute < e : minute >= s || minute < e;
  if (!inside) return at;
  // The end of this quiet period: today at `end` if still ahead, else tomorrow.
  let endMs = dayStart + e * 60_000;
  if (endMs <= chinaMs) endMs += 86_400_000;
  return new Date(endMs - 8 * 3600_000);
}
