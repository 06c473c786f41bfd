import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, ownerDatabase, parseDatabaseUrl } from './config.js';
import { plainHttpWarning } from './main.js';

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:./data/ducha.db', { dialect: 'sqlite', file: path.resolve('data/ducha.db') }],
    ['sqlite:/var/lib/ducha/ducha.db', { dialect: 'sqlite', file: '/var/lib/ducha/ducha.db' }],
    ['sqlite::memory:', { dialect: 'sqlite', file: ':memory:' }],
    ['postgres://ducha@db:5432/ducha', { dialect: 'postgres', url: 'postgres://ducha@db:5432/ducha' }],
    ['postgresql://u:p@h/d', { dialect: 'postgres', url: 'postgresql://u:p@h/d' }],
  ])('%s', (url, config) => {
    expect(parseDatabaseUrl(url)).toEqual(config);
  });
});

describe('loadConfig', () => {
  it('has a default for everything', () => {
    expect(loadConfig({})).toEqual({
      database: { dialect: 'sqlite', file: path.resolve('data/ducha.db') },
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('data'),
      adminPassword: undefined,
      demoPassword: undefined,
      demo: 'auto',
      logLevel: 'info',
      trustProxy: false,
      publicUrl: undefined,
      tls: undefined,
      smtpUrl: undefined,
      mailFrom: 'Ducha 督察台账 <ducha@localhost>',
      outboundAllow: 'oapi.dingtalk.com,qyapi.weixin.qq.com,open.feishu.cn,open.larksuite.com',
    });
  });

  it.each<[Record<string, string>, Record<string, unknown>]>([
    [{ DUCHA_PORT: '8080' }, { port: 8080 }],
    [{ DUCHA_DEMO: 'off' }, { demo: 'off' }],
    [{ DUCHA_HOST: '0.0.0.0' }, { host: '0.0.0.0' }],
    [{ DUCHA_DATA_DIR: '/srv/ducha' }, { dataDir: '/srv/ducha' }],
    [{ DUCHA_TRUST_PROXY: 'true' }, { trustProxy: true }],
    [{ DUCHA_TRUST_PROXY: '1' }, { trustProxy: true }],
    [{ DUCHA_TRUST_PROXY: '0' }, { trustProxy: false }],
    [{ DUCHA_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }, { trustProxy: ['10.0.0.5', '10.1.0.0/16', '::1'] }],
    [{ DUCHA_PUBLIC_URL: 'https://ducha.example.gov.cn' }, { publicUrl: 'https://ducha.example.gov.cn' }],
    [
      { DUCHA_TLS_CERT: '/etc/ducha/cert.pem', DUCHA_TLS_KEY: '/etc/ducha/key.pem' },
      { tls: { cert: '/etc/ducha/cert.pem', key: '/etc/ducha/key.pem' } },
    ],
    [{ DUCHA_LOG_LEVEL: 'silent' }, { logLevel: 'silent' }],
    [{ DUCHA_ADMIN_PASSWORD: 'long-enough' }, { adminPassword: 'long-enough' }],
    [
      { DUCHA_SMTP_URL: 'smtps://mail.example:465', DUCHA_MAIL_FROM: '督察室 <dc@x.example>' },
      { smtpUrl: 'smtps://mail.example:465', mailFrom: '督察室 <dc@x.example>' },
    ],
    [
      { DUCHA_OUTBOUND_ALLOW: 'mail.office.gov.cn,*.example.cn,10.20.0.0/16' },
      { outboundAllow: 'mail.office.gov.cn,*.example.cn,10.20.0.0/16' },
    ],
    [{ DUCHA_OUTBOUND_ALLOW: '' }, { outboundAllow: '' }],
    [{ DUCHA_DATABASE_URL: 'postgres://h/d' }, { database: { dialect: 'postgres', url: 'postgres://h/d' } }],
    [
      { DUCHA_DATABASE_URL: 'postgres://app@h/d', DUCHA_MIGRATE_DATABASE_URL: 'postgres://owner@h/d' },
      {
        database: { dialect: 'postgres', url: 'postgres://app@h/d' },
        migrateDatabase: { dialect: 'postgres', url: 'postgres://owner@h/d' },
      },
    ],
  ])('reads %j', (env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each<[Record<string, string>, string]>([
    [{ DUCHA_PORT: '0' }, 'DUCHA_PORT'],
    [{ DUCHA_PORT: '70000' }, 'DUCHA_PORT'],
    [{ DUCHA_PORT: 'http' }, 'DUCHA_PORT'],
    [{ DUCHA_DATABASE_URL: 'mysql://h/d' }, 'DUCHA_DATABASE_URL: must be sqlite:PATH or postgres://…'],
    [{ DUCHA_TRUST_PROXY: 'yes' }, 'DUCHA_TRUST_PROXY'],
    [{ DUCHA_TRUST_PROXY: '10.0.0.5,proxy.local' }, 'DUCHA_TRUST_PROXY'],
    [{ DUCHA_PUBLIC_URL: 'ducha.example.gov.cn' }, 'DUCHA_PUBLIC_URL'],
    [{ DUCHA_TLS_CERT: '/etc/ducha/cert.pem' }, 'DUCHA_TLS_CERT and DUCHA_TLS_KEY: set both, or neither'],
    [{ DUCHA_LOG_LEVEL: 'verbose' }, 'DUCHA_LOG_LEVEL'],
    [{ DUCHA_ADMIN_PASSWORD: 'short' }, 'DUCHA_ADMIN_PASSWORD'],
    [{ DUCHA_SMTP_URL: 'mail.example:25' }, 'DUCHA_SMTP_URL: must be smtp://… or smtps://…'],
    [
      { DUCHA_OUTBOUND_ALLOW: 'mail.office.gov.cn,smtp://x.cn,10.0.0.0/40' },
      'DUCHA_OUTBOUND_ALLOW: not a host name, *.suffix, IP address or CIDR: smtp://x.cn, 10.0.0.0/40',
    ],
    [
      { DUCHA_DATABASE_URL: 'postgres://a@h/d', DUCHA_MIGRATE_DATABASE_URL: 'sqlite:x.db' },
      'DUCHA_MIGRATE_DATABASE_URL',
    ],
    [{ DUCHA_MIGRATE_DATABASE_URL: 'postgres://owner@h/d' }, 'only with a PostgreSQL DUCHA_DATABASE_URL'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig(env)).toThrow(problem);
  });

  it('without DUCHA_MIGRATE_DATABASE_URL migrates with the one URL, as before', () => {
    const one = loadConfig({ DUCHA_DATABASE_URL: 'postgres://h/d' });
    expect(one.migrateDatabase).toBeUndefined();
    expect(ownerDatabase(one)).toEqual({ dialect: 'postgres', url: 'postgres://h/d' });
    const two = loadConfig({
      DUCHA_DATABASE_URL: 'postgres://a@h/d',
      DUCHA_MIGRATE_DATABASE_URL: 'postgres://o@h/d',
    });
    expect(ownerDatabase(two)).toEqual({ dialect: 'postgres', url: 'postgres://o@h/d' });
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ DUCHA_PORT: '0', DUCHA_LOG_LEVEL: 'loud' })).toThrow(
      /Invalid configuration:\n {2}DUCHA_PORT: .*\n {2}DUCHA_LOG_LEVEL: /,
    );
  });
});

describe('the plain-HTTP warning', () => {
  it.each<[Parameters<typeof plainHttpWarning>[0], boolean]>([
    [{ host: '127.0.0.1', trustProxy: false }, false],
    [{ host: '0.0.0.0', trustProxy: false }, true],
    [{ host: '0.0.0.0', trustProxy: false, tls: { cert: 'c', key: 'k' } }, false],
    [{ host: '0.0.0.0', trustProxy: ['10.0.0.5'], publicUrl: 'https://ducha.example.gov.cn' }, false],
    [{ host: '0.0.0.0', trustProxy: ['10.0.0.5'], publicUrl: 'http://ducha.example.gov.cn' }, true],
  ])('%j → %s', (config, warns) => {
    expect(plainHttpWarning(config) !== null).toBe(warns);
  });
});
