import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestDb, type TestDb } from '../testing/test-db.js';
import type { LocalFileStorage } from './file-storage.js';
import { LogMailer, type MailMessage, SmtpMailer } from './mailer.js';
import { createServices } from './services.js';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.drop());

describe('services in the app', () => {
  it('reach request contexts as given, with working defaults for the rest', async () => {
    const sent: MailMessage[] = [];
    const mailer = { send: async (m: MailMessage) => void sent.push(m) };
    const app = await buildApp({ db: db.handle, webRoot: null, services: { mailer } });
    // Public: API routes need a session otherwise (auth.plugin), and this probe is about services.
    app.post('/api/probe', { config: { public: true } }, async (req) => {
      await req.ctx.services?.mailer.send({ to: ['a@x.example'], subject: 's', text: 't' });
      const stat = await req.ctx.services?.files.put('probe/a.txt', 'hello');
      return { size: stat?.size, same: req.ctx.services === app.services };
    });
    const res = await app.inject({ method: 'POST', url: '/api/probe' });
    expect(res.json()).toEqual({ size: 5, same: true });
    expect(sent).toHaveLength(1);
    const root = (app.services.files as LocalFileStorage).root;
    expect(fs.existsSync(path.join(root, 'probe', 'a.txt'))).toBe(true);
    await app.close();
    expect(fs.existsSync(root)).toBe(false);
  });

  it('runs registered jobs while the app is up and stops them when it closes', async () => {
    const app = await buildApp({ db: db.handle, webRoot: null });
    let runs = 0;
    app.services.jobs.register({ name: 'probe', everyMs: 20, run: async () => void runs++ });
    await app.ready();
    await new Promise((r) => setTimeout(r, 150));
    await app.close();
    const atClose = runs;
    expect(atClose).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toBe(atClose);
  });
});

describe('createServices', () => {
  it('keeps files under DUCHA_DATA_DIR/files and mails by SMTP only when configured', () => {
    const dataDir = path.join(os.tmpdir(), 'ducha-data');
    const logOnly = createServices({ dataDir, mailFrom: 'd@x', outboundAllow: '127.0.0.1' }, db.handle);
    expect((logOnly.files as LocalFileStorage).root).toBe(path.join(dataDir, 'files'));
    expect(logOnly.mailer).toBeInstanceOf(LogMailer);
    const smtp = createServices(
      { dataDir, mailFrom: 'd@x', smtpUrl: 'smtp://127.0.0.1:2525', outboundAllow: '127.0.0.1' },
      db.handle,
    );
    expect(smtp.mailer).toBeInstanceOf(SmtpMailer);
  });
});
