import { passwordProblems } from '../../../core/password-policy.js';
import type { DbHandle } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { generatePassword } from '../auth/password.js';
import { isCommonPassword } from '../auth/password.policy.js';
import { findUserByUsername } from './user.repo.js';
import { createUser } from './user.service.js';

/**
 * A fresh installation needs one way in: the user `admin` (system admin) with
 * DUCHA_ADMIN_PASSWORD, or a generated password printed once.
 */
export async function ensureAdmin(handle: DbHandle, password?: string): Promise<void> {
  const ctx = systemCtx(handle);
  if (await findUserByUsername(ctx, 'admin')) return;
  const pw = password ?? generatePassword();
  // The operator's own password stands; a generated one is temporary and must be changed at first login.
  try {
    await createUser(
      ctx,
      { username: 'admin', password: pw, displayName: '系统管理员', roles: ['sysadmin'] },
      { operatorChosen: !!password },
    );
  } catch (e) {
    // Instances started together on an empty database: one of them makes the admin, the others find it.
    // The loser fails either on the service's own check (a conflict) or, when both checked before
    // either committed, on the unique index (PostgreSQL's 23505): in both cases the admin now exists.
    if (await findUserByUsername(ctx, 'admin')) return;
    throw e;
  }
  if (password) {
    console.log('Created user admin (系统管理员) with the password in DUCHA_ADMIN_PASSWORD.');
    // The operator's choice stands, but a weak one is said out loud.
    const weak = passwordProblems(password, 'admin', { minLength: 8 }, isCommonPassword);
    if (weak.length)
      console.warn(
        `Warning: DUCHA_ADMIN_PASSWORD does not meet the mlps3 password rules (${weak.join(', ')}); ` +
          'choose a stronger one for an office installation.',
      );
  } else
    console.log(
      `Created user admin (系统管理员) with the generated password: ${pw}  — it must be changed at the first login.`,
    );
}
