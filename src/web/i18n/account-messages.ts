/** Words of the user's own account (password change), spread into `messages.ts`. */
export const ACCOUNT_ZH = {
  'account.changePassword': '修改密码',
  'account.currentPassword': '当前密码',
  'account.newPassword': '新密码',
  'account.confirmPassword': '确认新密码',
  'account.confirmMismatch': '两次输入的新密码不一致',
  'account.passwordChanged': '密码已修改',
  'account.mustChangeReset': '您正在使用管理员设置的临时密码，请先修改密码，然后才能继续使用系统。',
  'account.mustChangeExpired': '您的密码已超过 {days} 天未修改，请先修改密码，然后才能继续使用系统。',
  'account.rules':
    '新密码至少 {min} 个字符，须包含大写字母、小写字母、数字、符号中的至少 {classes} 类，不能包含用户名，不能是常见密码，也不能与最近 {history} 次用过的密码相同。',
  'account.rulesExpiry': '密码每 {days} 天须修改一次。',
};

export const ACCOUNT_EN: Record<keyof typeof ACCOUNT_ZH, string> = {
  'account.changePassword': 'Change password',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.confirmPassword': 'Repeat the new password',
  'account.confirmMismatch': 'The two new passwords differ',
  'account.passwordChanged': 'Password changed',
  'account.mustChangeReset': 'You are using a temporary password an administrator set. Change it to go on.',
  'account.mustChangeExpired': 'Your password is older than {days} days. Change it to go on.',
  'account.rules':
    'At least {min} characters of at least {classes} kinds (upper case, lower case, digits, symbols), without the username, not a common password and none of the last {history}.',
  'account.rulesExpiry': 'Passwords must be changed every {days} days.',
};
