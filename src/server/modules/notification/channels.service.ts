import type { ChannelsInput, ChannelsOut, RobotOut } from '../../../core/schemas/notification.js';
import { type Ctx, inTransaction } from '../../context.js';
import type { RobotsTable } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import { SmtpMailer } from '../../platform/mailer.js';
import { OutboundGuard } from '../../platform/outbound.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { upsertSetting } from '../settings/settings.repo.js';

/**
 * The channels the office configures: its SMTP server (over the server's
 * DUCHA_SMTP_URL) and group-chat robots, per unit or office-wide. Passwords,
 * secrets and the tokens in robot addresses are kept on the server: the
 * browser sees that they are set, and the address with its token cut short.
 */
export const SMTP_KEY = 'channels.smtp';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  password: string | null;
  from: string;
}

export async function readSmtp(ctx: Pick<Ctx, 'db'>): Promise<SmtpSettings | null> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SMTP_KEY)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as SmtpSettings | null) : null;
}

/** The nodemailer URL of the office's SMTP server. */
export function smtpUrl(s: SmtpSettings): string {
  const auth = s.username
    ? `${encodeURIComponent(s.username)}${s.password ? `:${encodeURIComponent(s.password)}` : ''}@`
    : '';
  return `${s.secure ? 'smtps' : 'smtp'}://${auth}${s.host}:${s.port}`;
}

/** A secret shown as its last four characters at most (none when it is short). */
export function maskSecret(s: string): string {
  return s.length > 12 ? `••••${s.slice(-4)}` : '••••';
}

/** A robot address with the token in its path or query cut short. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const [k, v] of u.searchParams) u.searchParams.set(k, maskSecret(v));
    const parts = u.pathname.split('/');
    const last = parts.length - 1;
    if (parts[last] && parts[last].length > 12) parts[last] = maskSecret(parts[last]);
    u.pathname = parts.join('/');
    return decodeURI(u.toString());
  } catch {
    return maskSecret(url);
  }
}

async function robotsOut(ctx: Ctx): Promise<RobotOut[]> {
  const rows = await ctx.db
    .selectFrom('robots as r')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select('u.name as unit_name')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    url: maskUrl(r.url),
    secretSet: !!r.secret,
    enabled: r.enabled === 1,
  }));
}

export async function getChannels(ctx: Ctx): Promise<ChannelsOut> {
  authorize(ctx, 'settings.read');
  const smtp = await readSmtp(ctx);
  return {
    smtp: smtp && {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      username: smtp.username,
      passwordSet: !!smtp.password,
      from: smtp.from,
    },
    envSmtp: ctx.services?.mailer instanceof SmtpMailer,
    robots: await robotsOut(ctx),
  };
}

/** The allowlist a context's services check against (the default one without services). */
const guardOf = (ctx: Ctx) => ctx.services?.outbound ?? new OutboundGuard();

const OFF_LIST_ZH = '不在外发允许清单（DUCHA_OUTBOUND_ALLOW）中，请系统管理员在服务器配置中加入后再保存';

/** A robot address must be http(s) on a listed host; refused with the field named, before anything is saved. */
function checkRobotUrl(guard: OutboundGuard, url: string, field: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw fieldError('validation', field, '机器人地址不是有效的网址', 'not a valid web address');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw fieldError(
      'validation',
      field,
      '机器人地址须以 https:// 或 http:// 开头',
      'must start with https:// or http://',
    );
  if (!guard.listed(u.hostname))
    throw fieldError(
      'validation',
      field,
      `主机 ${u.hostname} ${OFF_LIST_ZH}`,
      `${u.hostname} is not on the outbound allowlist (DUCHA_OUTBOUND_ALLOW)`,
    );
}

/** Replaces the channel configuration (audited without the secrets). */
export async function putChannels(ctx: Ctx, input: ChannelsInput): Promise<ChannelsOut> {
  authorize(ctx, 'settings.write');
  // Destinations off the outbound allowlist are refused before anything is written (SECURITY.md OUT-1).
  const guard = guardOf(ctx);
  if (input.smtp && !guard.listed(input.smtp.host))
    throw fieldError(
      'validation',
      'smtp.host',
      `发信服务器 ${input.smtp.host} ${OFF_LIST_ZH}`,
      `${input.smtp.host} is not on the outbound allowlist (DUCHA_OUTBOUND_ALLOW)`,
    );
  // A changed or new address is checked; one kept as stored is checked again at each send.
  for (const [i, r] of input.robots.entries()) if (r.url) checkRobotUrl(guard, r.url, `robots.${i}.url`);
  await inTransaction(ctx, async (tx) => {
    const before = await readSmtp(tx);
    const smtp: SmtpSettings | null = input.smtp && {
      host: input.smtp.host,
      port: input.smtp.port,
      secure: input.smtp.secure,
      username: input.smtp.username || null,
      // Left out: the stored one stays (the browser never had it).
      password: input.smtp.password === undefined ? (before?.password ?? null) : input.smtp.password || null,
      from: input.smtp.from,
    };
    await upsertSetting(tx, SMTP_KEY, JSON.stringify(smtp));

    const stored = await tx.db.selectFrom('robots').selectAll().execute();
    const byId = new Map(stored.map((r) => [r.id, r]));
    const keep = new Set<string>();
    const now = tx.now.toISOString();
    for (const [i, r] of input.robots.entries()) {
      const old = r.id ? byId.get(r.id) : undefined;
      if (r.id && !old) throw fieldError('not_found', `robots.${i}.id`, '机器人不存在', 'no such robot');
      const url = r.url ?? old?.url;
      if (!url)
        throw fieldError('validation', `robots.${i}.url`, '请填写机器人地址', 'the robot needs an address');
      const secret = r.secret === undefined ? (old?.secret ?? null) : r.secret || null;
      const row: RobotsTable = {
        id: old?.id ?? newId(),
        name: r.name,
        unit_id: r.unitId,
        kind: r.kind,
        url,
        secret,
        enabled: r.enabled ? 1 : 0,
        created_at: old?.created_at ?? now,
        updated_at: now,
      };
      if (old) await tx.db.updateTable('robots').set(row).where('id', '=', old.id).execute();
      else await tx.db.insertInto('robots').values(row).execute();
      keep.add(row.id);
    }
    const gone = stored.filter((r) => !keep.has(r.id)).map((r) => r.id);
    // Deliveries waiting for a removed robot fail at their next attempt with a clear error.
    if (gone.length) await tx.db.deleteFrom('robots').where('id', 'in', gone).execute();
    await appendAudit(tx, {
      action: 'channels.update',
      entity: 'settings',
      entityId: null,
      outcome: 'success',
      before: {
        smtp: before && { ...before, password: before.password ? '(set)' : null },
        robots: stored.length,
      },
      after: {
        smtp: smtp && { ...smtp, password: smtp.password ? '(set)' : null },
        robots: input.robots.map((r) => ({
          name: r.name,
          kind: r.kind,
          unitId: r.unitId,
          enabled: r.enabled,
        })),
      },
    });
  });
  return getChannels(ctx);
}
