import { describe, expect, it } from 'vitest';
import { demoAccountsUsable, missingOfficeAdmins } from './demo.js';
import type { Role } from './enums.js';

describe('demo accounts (core/demo.ts)', () => {
  const cases: { office: Role[][]; missing: Role[]; usable: boolean }[] = [
    { office: [], missing: ['sysadmin', 'secadmin', 'auditor'], usable: true },
    // The bootstrap admin alone: a fresh installation with the demo is still a trial.
    { office: [['sysadmin']], missing: ['secadmin', 'auditor'], usable: true },
    { office: [['sysadmin'], ['secadmin']], missing: ['auditor'], usable: true },
    // Business accounts of the office do not end the trial: the three administrators do.
    { office: [['sysadmin'], ['supervisor'], ['auditor'], ['leader']], missing: ['secadmin'], usable: true },
    { office: [['sysadmin'], ['secadmin'], ['auditor']], missing: [], usable: false },
    { office: [['auditor'], ['unit'], ['secadmin'], ['sysadmin']], missing: [], usable: false },
  ];
  for (const c of cases)
    it(`with office accounts ${JSON.stringify(c.office)} demo accounts are ${c.usable ? 'usable' : 'off'}`, () => {
      expect(missingOfficeAdmins(c.office)).toEqual(c.missing);
      expect(demoAccountsUsable(c.office)).toBe(c.usable);
    });
});
