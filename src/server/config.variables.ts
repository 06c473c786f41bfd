/**
 * The variables as `ducha --help` and the README list them: name, default and
 * meaning. Kept apart from config.ts so that `ducha --help` does not load zod;
 * program.test.ts keeps this list and the schema in step.
 */
export const CONFIG_VARIABLES: readonly {
  name: string;
  default: string;
  meaning: string;
}[] = [
  {
    name: 'DUCHA_DATABASE_URL',
    default: 'sqlite:./data/ducha.db',
    meaning: 'sqlite:PATH or postgres://user@host:5432/db',
  },
  {
    name: 'DUCHA_MIGRATE_DATABASE_URL',
    default: 'none: DUCHA_DATABASE_URL migrates too',
    meaning: 'PostgreSQL owner for migrations; DUCHA_DATABASE_URL is then the application role',
  },
  { name: 'DUCHA_PORT', default: '3000', meaning: 'HTTP port (or serve --port)' },
  { name: 'DUCHA_HOST', default: '127.0.0.1', meaning: 'address to listen on' },
  {
    name: 'DUCHA_DATA_DIR',
    default: './data',
    meaning: 'folder for the database, attachments and audit key',
  },
  { name: 'DUCHA_ADMIN_PASSWORD', default: 'generated, printed once', meaning: 'initial password of admin' },
  { name: 'DUCHA_DEMO_PASSWORD', default: 'generated, printed', meaning: 'password of every demo user' },
  {
    name: 'DUCHA_DEMO',
    default: 'auto',
    meaning: 'auto: load the demo into an empty database at serve; off: never (an office installation)',
  },
  {
    name: 'DUCHA_AUDIT_KEY',
    default: 'audit.key in the data folder',
    meaning: 'HMAC key of the audit log (≥ 32 characters)',
  },
  {
    name: 'DUCHA_TRUST_PROXY',
    default: 'false',
    meaning: 'proxy addresses/CIDRs (or true) whose X-Forwarded-For counts',
  },
  {
    name: 'DUCHA_PUBLIC_URL',
    default: 'none',
    meaning: 'the address users open; an accepted Origin, https makes cookies Secure',
  },
  { name: 'DUCHA_TLS_CERT', default: 'none: plain HTTP', meaning: 'PEM certificate for native HTTPS' },
  { name: 'DUCHA_TLS_KEY', default: 'none: plain HTTP', meaning: 'PEM key for native HTTPS' },
  {
    name: 'DUCHA_SQLITE_READERS',
    default: 'number of CPUs',
    meaning: 'SQLite: reader threads for reads outside transactions; 0 = all on the main thread',
  },
  { name: 'DUCHA_LOG_LEVEL', default: 'info', meaning: 'silent, error, warn, info, debug' },
  {
    name: 'DUCHA_SMTP_URL',
    default: 'none: mail is only logged',
    meaning: 'outgoing mail, smtp://user:pass@host:587',
  },
  {
    name: 'DUCHA_OUTBOUND_ALLOW',
    default: 'oapi.dingtalk.com,qyapi.weixin.qq.com,open.feishu.cn,open.larksuite.com',
    meaning: 'where mail and robot messages may go: hosts, *.suffixes, IPs, CIDRs (list the SMTP server)',
  },
  {
    name: 'DUCHA_MAIL_FROM',
    default: 'Ducha 督察台账 <ducha@localhost>',
    meaning: 'sender of outgoing mail',
  },
];

/** The "Environment" section of `ducha --help`. */
export function environmentHelp(): string {
  const width = Math.max(...CONFIG_VARIABLES.map((v) => v.name.length));
  return [
    '',
    'Environment (configuration is read from these variables only):',
    ...CONFIG_VARIABLES.map((v) => `  ${v.name.padEnd(width)}  ${v.meaning} [default: ${v.default}]`),
  ].join('\n');
}
