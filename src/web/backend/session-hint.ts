/**
 * Whether this browser logged in and has not logged out since. The session
 * cookie itself is httpOnly (scripts cannot read it), so the app keeps this
 * hint to skip asking `/api/auth/me` when there is surely no session.
 */
const KEY = 'ducha.session';

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the app just asks the server each time.
  }
}
