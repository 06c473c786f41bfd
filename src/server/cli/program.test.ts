import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLE_NAMES } from '../config.js';
import { CONFIG_VARIABLES } from '../config.variables.js';
import { buildProgram } from './program.js';
import { parsePort } from './serve.js';

/** What `ducha …args` writes to stdout, without running any command's action. */
async function output(...args: string[]): Promise<string> {
  let out = '';
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  for (const c of program.commands) {
    c.exitOverride();
    c.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  }
  await program.parseAsync(['node', 'ducha', ...args]).catch((e) => {
    if (!(e instanceof CommanderError)) throw e;
  });
  return out;
}

describe('ducha --help', () => {
  it('lists every environment variable the configuration reads, with its default', async () => {
    const help = await output('--help');
    for (const name of ENV_VARIABLE_NAMES) expect(help, name).toContain(name);
    expect(help).toContain('[default: sqlite:./data/ducha.db]');
    expect(CONFIG_VARIABLES.map((v) => v.name).sort()).toEqual([...ENV_VARIABLE_NAMES].sort());
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect((await output('--version')).trim()).toBe(pkg.version);
  });

  it('offers serve --port and explains what demo --force does to existing data', async () => {
    expect(await output('serve', '--help')).toContain('--port <port>');
    const demo = await output('demo', '--help');
    expect(demo).toContain('--logins');
    expect(demo).toMatch(/nothing is\s+deleted or overwritten/);
  });

  it('refuses a port that is not one, in words', () => {
    expect(parsePort('8080')).toBe(8080);
    for (const bad of ['0', '65536', 'http', '80.5']) expect(() => parsePort(bad)).toThrow(/1 to 65535/);
  });
});
