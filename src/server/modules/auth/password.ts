import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { characterClasses } from '../../../core/password-policy.js';

/**
 * scrypt, a memory-hard function built into Node. N = 2^15, r = 8 uses 32 MiB
 * and ~60 ms a hash here: slow for a guesser, fine for a login. Parameters are
 * stored with each hash so that they can be raised later without breaking old ones.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { ...opts, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A password people can type: 12 characters without look-alikes (0/O, 1/l/I),
 * drawn again until it has lower case, upper case and digits (the mlps3 rule).
 */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (;;) {
    // 224 = 4 × 56: bytes above it are dropped so that every character is equally likely.
    const chars = Array.from(randomBytes(24))
      .filter((b) => b < 224)
      .slice(0, 12)
      .map((b) => alphabet[b % alphabet.length])
      .join('');
    if (chars.length === 12 && characterClasses(chars) >= 3) return chars;
  }
}
