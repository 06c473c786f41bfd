import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One word for the office: 督察, the word of the source page (「大督察」「督察督办」
 * 「督察台账」「督察通知单」) and of the product's name. The header once said
 * 督察台账 above 重点工作督查督办系统. 督查 survives only where people may type it
 * — a unit's alias and the meeting reader's matching — so that it still finds.
 */
const root = new URL('../..', import.meta.url).pathname;
const ALLOWED = [/aliases:/, /\bu\('dcs'/, /督导\|督察\|督查/, /wording\.test\.ts/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|md|html)$/.test(name) ? [path] : [];
  });
}

describe('the word for the office', () => {
  it('is 督察 in every screen, document, demo and README line', () => {
    const found: string[] = [];
    for (const file of [...files(join(root, 'src')), ...files(join(root, 'e2e')), join(root, 'README.md')]) {
      if (file.endsWith('wording.test.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.includes('督查') && !ALLOWED.some((a) => a.test(line)))
            found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
