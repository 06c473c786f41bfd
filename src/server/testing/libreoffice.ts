import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts a file with LibreOffice headless (`soffice --convert-to`), the way a
 * test proves that an exported .xlsx or .docx opens cleanly in an office suite.
 * One profile folder per test process (starting with a fresh profile costs
 * LibreOffice seconds); a test file converts one file at a time. Rejects when
 * LibreOffice fails or writes nothing.
 */
const PROFILE = path.join(os.tmpdir(), `ducha-lo-profile-${process.pid}`);
export async function convertWithLibreOffice(
  content: Buffer,
  inputName: string,
  format: string,
): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ducha-lo-'));
  try {
    const input = path.join(dir, inputName);
    await fs.writeFile(input, content);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${PROFILE}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        path.join(dir, 'out'),
        input,
      ],
      { timeout: 280_000 },
    );
    const ext = format.split(':')[0];
    const out = path.join(dir, 'out', `${path.parse(inputName).name}.${ext}`);
    return await fs.readFile(out);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
