/** Table types of the second factor (TOTP) and the pending logins that owe a code. */

/** A user's authenticator: the secret sealed under the key kept outside the database. */
export interface UserTotpTable {
  user_id: string;
  /** `v1:<iv>:<tag>:<ciphertext>`, AES-256-GCM (see `totp.secret.ts`). */
  secret: string;
  created_at: string;
  /** Null until the user has typed one code from the new authenticator. */
  confirmed_at: string | null;
  /** The last 30-second step whose code was accepted: no code is accepted twice. */
  last_step: number | null;
}

/** A password checked, a code owed: the id is the hash of the token the browser holds. */
export interface LoginChallengesTable {
  id: string;
  user_id: string;
  created_at: string;
  ip: string | null;
  user_agent: string | null;
}
