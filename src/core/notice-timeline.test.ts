import { describe, expect, it } from 'vitest';
import { describeNoticePayload, NOTICE_TIMELINE_KINDS } from './notice-timeline.js';
import { describeEvent, TIMELINE_KINDS, TIMELINE_LABELS } from './timeline.js';

describe('notice and urge events on the timeline', () => {
  it('are timeline kinds with words in both languages', () => {
    for (const kind of NOTICE_TIMELINE_KINDS) {
      expect(TIMELINE_KINDS).toContain(kind);
      expect(TIMELINE_LABELS[kind].zh).toBeTruthy();
      expect(TIMELINE_LABELS[kind].en).toBeTruthy();
    }
  });

  it.each([
    [
      { noticeKind: 'inspection', noticeNumber: '督通〔2026〕12号', replyDue: '2026-12-10' },
      '督察通知单 督通〔2026〕12号；回复时限 2026-12-10',
    ],
    [
      { noticeKind: 'urging', noticeNumber: '督催〔2026〕3号', replyLate: true },
      '催办单 督催〔2026〕3号；逾期回复',
    ],
    [
      { urgeMethod: 'phone', urgedWho: '王建军', urgeAnswer: '本周五前报送' },
      '电话；对象：王建军；答复：本周五前报送',
    ],
    [{ urgeMethod: 'notice', noticeNumber: '督催〔2026〕3号' }, '督催〔2026〕3号；通知单'],
  ])('words %o as %s', (payload, zh) => {
    expect(describeNoticePayload(payload, 'zh').join('；')).toBe(zh);
  });

  it('leaves other events alone (a transition has from/to, not an urged person)', () => {
    expect(describeNoticePayload({ from: 'assigned', to: 'in_progress', comment: '已签收' }, 'zh')).toEqual(
      [],
    );
    expect(describeEvent('urged', { urgeMethod: 'on_site', urgedWho: '赵亮' }, 'en')).toBe(
      'In person; to 赵亮',
    );
  });
});
