import { describe, expect, it } from 'vitest';
import { VALIDATION_KEYS } from './errors.js';
import { detailProse, errorProse, FIELD_LABELS, fieldLabel, KEY_WORDS, keyWords } from './field-labels.js';

describe('fieldLabel', () => {
  it.each<[string, string, string]>([
    ['title', '标题', 'Title'],
    ['body.dueDate', '截止日期', 'Due date'],
    ['responsibilities', '责任分工', 'Responsibilities'],
    ['responsibilities.1.role', '责任分工第2个单位的责任类型', 'Role (unit 2)'],
    ['responsibilities.0.leaderId', '责任分工第1个单位的主管领导', 'Leader in charge (unit 1)'],
    ['milestones.2.plannedDate', '路线图第3个节点的计划日期', 'Planned date (milestone 3)'],
    ['targets.0.targetValue', '量化指标第1项指标的目标值', 'Target value (target 1)'],
    ['changes.responsibilities', '调整内容的责任分工', 'Responsibilities'],
    ['drafts.1.leadUnitId', '拟生成事项第2条的牵头单位', 'Lead unit (draft 2)'],
    ['smtp.host', '发信服务器的主机', 'Host'],
    ['robots.0.url', '群机器人第1个的地址', 'Address (robot 1)'],
  ])('%s reads 「%s」 / "%s"', (path, zh, en) => {
    expect(fieldLabel(path, 'zh')).toBe(zh);
    expect(fieldLabel(path, 'en')).toBe(en);
  });

  it('names no field for what no user fills in', () => {
    for (const path of ['version', 'id', undefined, '', '3']) expect(fieldLabel(path, 'zh')).toBeNull();
  });

  it('has Chinese and English for every label, and no path, code or English in the Chinese', () => {
    for (const [k, w] of Object.entries(FIELD_LABELS)) {
      expect(w.zh, k).not.toMatch(/[A-Za-z]/);
      expect(w.en, k).toMatch(/^[a-z -]+$/);
    }
  });
});

describe('keyWords', () => {
  it('words every validation key in both languages, filling the bound', () => {
    for (const key of VALIDATION_KEYS) {
      expect(KEY_WORDS[key].zh, key).not.toMatch(/string|number|期望/);
      expect(keyWords(key, { n: 200 }, 'zh')).not.toContain('{n}');
    }
    expect(keyWords('too_long', { n: 200 }, 'zh')).toBe('最多 200 个字');
    expect(keyWords('too_long', { n: 200 }, 'en')).toBe('at most 200 characters');
  });
});

describe('errorProse and detailProse', () => {
  it('names the field by its label after what went wrong', () => {
    const d = [{ field: 'responsibilities.1.role', message: '一个事项只能有一个牵头单位' }];
    expect(errorProse('rule_violation', d, 'zh')).toBe(
      '不符合业务规则：责任分工第2个单位的责任类型：一个事项只能有一个牵头单位',
    );
    expect(detailProse({ field: 'title', message: 'at most 200 characters' }, 'en')).toBe(
      'Title: at most 200 characters',
    );
  });

  it('says only the head for a stale version, not 「version 版本号已过期」', () => {
    expect(errorProse('stale_version', [{ field: 'version', message: '版本号已过期' }], 'zh')).toBe(
      '该记录已被他人修改，请刷新后重试',
    );
  });

  it('keeps a detail without a field as it is', () => {
    expect(errorProse('validation', [{ message: '请求体须为 JSON' }], 'zh')).toBe(
      '提交的数据有误：请求体须为 JSON',
    );
  });
});
