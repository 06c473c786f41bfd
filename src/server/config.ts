import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_OUTBOUND_ALLOW, parseAllowList } from '../core/outbound.js';

/**
 * Configuration comes from the environment only (DESIGN.md lists the variables).
 * It is read and checked once; a bad value stops the start with every problem listed.
 */
const EnvSchema = z.object({
  DUCHA_DATABASE_URL: z
    .string()
    .default('sqlite:./data/ducha.db')
    .refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be sqlite:PATH or postgres://…',
    }),
  /**
   * PostgreSQL: the owner of the tables, for migrations (`ducha migrate`, the migration step of `serve`,
   * `ducha db grant-app-role`); DUCHA_DATABASE_URL is then the application role `serve` works as.
   */
  DUCHA_MIGRATE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be postgres://… (the owner of the tables)' })
    .optional(),
  DUCHA_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DUCHA_HOST: z.string().default('127.0.0.1'),
  DUCHA_DATA_DIR: z.string().default('./data'),
  DUCHA_ADMIN_PASSWORD: z.string().min(8).optional(),
  DUCHA_DEMO_PASSWORD: z.string().min(8).optional(),
  /** `off`: `serve` never loads the demo district (an office's own installation); `auto`: into an empty database. */
  DUCHA_DEMO: z.enum(['auto', 'off']).default('auto'),
  /** Key of the audit chain's HMAC; without it, `audit.key` in the data folder (made on first start). */
  DUCHA_AUDIT_KEY: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  /**
   * Behind a reverse proxy: the proxies whose X-Forwarded-For / -Proto count (comma-separated addresses or
   * CIDRs, e.g. `10.0.0.5,10.1.0.0/16`), or `true` for any — the client address the audit log records and
   * the login limits count depend on it, so name the proxies.
   */
  DUCHA_TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (v) =>
        /^(true|false|1|0)$/.test(v) ||
        v.split(',').every((a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a.trim())),
      {
        message: 'must be true, false or a comma-separated list of proxy addresses / CIDRs',
      },
    ),
  /** The address users open, e.g. https://ducha.example.gov.cn: an accepted Origin; HTTPS makes cookies Secure. */
  DUCHA_PUBLIC_URL: z.string().url().optional(),
  /** Native HTTPS: PEM certificate (chain) and key files. Both or neither. */
  DUCHA_TLS_CERT: z.string().optional(),
  DUCHA_TLS_KEY: z.string().optional(),
  /** Outgoing mail; without it mail is only logged. */
  DUCHA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'must be smtp://… or smtps://…' })
    .optional(),
  /**
   * Where mail and robot messages may go (SECURITY.md OUT-1): comma-separated host names, `*.suffix`es, IP
   * addresses and CIDRs. By default the public DingTalk, WeCom, Feishu and Lark robot hosts; an office lists
   * its SMTP server (and an internal robot gateway) itself. Internal addresses are refused unless listed.
   */
  DUCHA_OUTBOUND_ALLOW: z
    .string()
    .default(DEFAULT_OUTBOUND_ALLOW)
    .superRefine((v, c) => {
      const { errors } = parseAllowList(v);
      if (errors.length)
        c.addIssue({
          code: 'custom',
          message: `not a host name, *.suffix, IP address or CIDR: ${errors.join(', ')}`,
        });
    }),
  DUCHA_MAIL_FROM: z.string().default('Ducha 督察台账 <ducha@localhost>'),
  /**
   * SQLite: threads with read-only connections that run reads outside transactions, so that a long
   * read does not block other requests; default one per CPU, 0 = every query on the main thread.
   */
  DUCHA_SQLITE_READERS: z.coerce.number().int().min(0).max(64).optional(),
  DUCHA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export const ENV_VARIABLE_NAMES = Object.keys(EnvSchema.shape);

export type DatabaseConfig =
  /** readers: reader threads (DUCHA_SQLITE_READERS); absent = one per CPU, 0 = none. */
  { dialect: 'sqlite'; file: string; readers?: number } | { dialect: 'postgres'; url: string };

export interface Config {
  /** What `serve` works as: on PostgreSQL, the application role when `migrateDatabase` is set. */
  database: DatabaseConfig;
  /** PostgreSQL: the owner's connection for migrations; absent when one URL serves both (as before). */
  migrateDatabase?: DatabaseConfig;
  port: number;
  host: string;
  dataDir: string;
  adminPassword?: string;
  demoPassword?: string;
  /** Whether `serve` loads the demo district into an empty database. */
  demo: 'auto' | 'off';
  auditKey?: string;
  logLevel: string;
  trustProxy: boolean | string[];
  publicUrl?: string;
  tls?: { cert: string; key: string };
  smtpUrl?: string;
  mailFrom: string;
  /** DUCHA_OUTBOUND_ALLOW as given (OutboundGuard parses it). */
  outboundAllow: string;
}

export function parseDatabaseUrl(url: string, sqliteReaders?: number): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    return {
      dialect: 'sqlite',
      file: file === ':memory:' ? file : path.resolve(file),
      ...(sqliteReaders === undefined ? {} : { readers: sqliteReaders }),
    };
  }
  return { dialect: 'postgres', url };
}

function trustProxyOf(v: string): boolean | string[] {
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return v.split(',').map((a) => a.trim());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (!!e.DUCHA_TLS_CERT !== !!e.DUCHA_TLS_KEY)
    throw new Error('Invalid configuration:\n  DUCHA_TLS_CERT and DUCHA_TLS_KEY: set both, or neither');
  if (e.DUCHA_MIGRATE_DATABASE_URL && !/^postgres(ql)?:\/\//.test(e.DUCHA_DATABASE_URL))
    throw new Error(
      'Invalid configuration:\n  DUCHA_MIGRATE_DATABASE_URL: only with a PostgreSQL DUCHA_DATABASE_URL (the application role)',
    );
  return {
    database: parseDatabaseUrl(e.DUCHA_DATABASE_URL, e.DUCHA_SQLITE_READERS),
    ...(e.DUCHA_MIGRATE_DATABASE_URL
      ? { migrateDatabase: parseDatabaseUrl(e.DUCHA_MIGRATE_DATABASE_URL) }
      : {}),
    port: e.DUCHA_PORT,
    host: e.DUCHA_HOST,
    dataDir: path.resolve(e.DUCHA_DATA_DIR),
    adminPassword: e.DUCHA_ADMIN_PASSWORD,
    demoPassword: e.DUCHA_DEMO_PASSWORD,
    demo: e.DUCHA_DEMO,
    auditKey: e.DUCHA_AUDIT_KEY,
    logLevel: e.DUCHA_LOG_LEVEL,
    trustProxy: trustProxyOf(e.DUCHA_TRUST_PROXY),
    publicUrl: e.DUCHA_PUBLIC_URL,
    tls: e.DUCHA_TLS_CERT && e.DUCHA_TLS_KEY ? { cert: e.DUCHA_TLS_CERT, key: e.DUCHA_TLS_KEY } : undefined,
    smtpUrl: e.DUCHA_SMTP_URL,
    mailFrom: e.DUCHA_MAIL_FROM,
    outboundAllow: e.DUCHA_OUTBOUND_ALLOW,
  };
}

/** The connection that migrates and grants: the owner's when configured, else the one URL. */
export function ownerDatabase(config: Pick<Config, 'database' | 'migrateDatabase'>): DatabaseConfig {
  return config.migrateDatabase ?? config.database;
}
