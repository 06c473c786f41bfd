import { describe, expect, it } from 'vitest';
import { auditActionText, auditEntityText } from './audit-words.js';

describe('auditActionText', () => {
  it.each<[string, string, string]>([
    ['auth.login', '登录', 'Logged in'],
    ['item.assign', '交办事项', 'Assign'],
    ['item.cancel', '撤销事项', 'Cancel item'],
    ['item.create', '登记事项', 'Registered an item'],
    ['PATCH /api/items/:id', '修改事项', 'Change item'],
    ['POST /api/items/:id/reports', '提交进展反馈', 'Submit report'],
    ['GET /api/audit', '查看审计日志', 'Read audit log'],
    ['request.approve', '批准申请', 'Approved a request'],
    ['user.second_factor_reset', '重置身份验证器', "Reset a user's authenticator"],
    ['session.end', '结束会话', 'Ended a session'],
  ])('%s → %s / %s', (code, zh, en) => {
    expect(auditActionText(code, 'zh')).toBe(zh);
    expect(auditActionText(code, 'en')).toBe(en);
  });

  it('shows an unknown code as it is rather than guessing', () => {
    expect(auditActionText('something.new', 'zh')).toBe('something.new');
  });
});

describe('auditEntityText', () => {
  it('words the kinds of record', () => {
    expect(auditEntityText('item', 'zh')).toBe('事项');
    expect(auditEntityText('mystery', 'zh')).toBe('mystery');
  });
});
