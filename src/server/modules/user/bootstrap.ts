import type { DbHandle } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { generatePassword } from '../auth/password.js';
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
  await createUser(ctx, { username: 'admin', password: pw, displayName: '系统管理员', roles: ['sysadmin'] });
  if (password) console.log('Created user admin (系统管理员) with the password in DUCHA_ADMIN_PASSWORD.');
  else
    console.log(
      `Created user admin (系统管理员) with the generated password: ${pw}  — change it after logging in.`,
    );
}
