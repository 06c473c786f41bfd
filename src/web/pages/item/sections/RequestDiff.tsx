import { Flex, Tag } from 'antd';
import type { DiffRow, DiffSection } from '../../../../core/adjustment-diff.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../i18n/messages.js';

const SECTION: Record<DiffSection, MessageKey> = {
  goal: 'adj.goal',
  targets: 'adj.targets',
  milestones: 'adj.milestones',
  responsibilities: 'adj.responsibilities',
};

/**
 * An adjustment request's before/after, as the request recorded it when it
 * was made: each changed row with the old value struck through and the new
 * one beside it (stacked, so that a phone never scrolls sideways).
 */
export function RequestDiff({ rows }: { rows: DiffRow[] }) {
  const { t, lang } = useI18n();
  if (!rows.length) return null;
  return (
    <div data-testid="request-diff" style={{ margin: '8px 0' }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('adj.diff')}</div>
      {rows.map((r, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed once recorded
          key={i}
          data-testid="diff-row"
          data-section={r.section}
          style={{ borderLeft: '3px solid #91caff', padding: '2px 8px', marginBottom: 6 }}
        >
          <Flex gap={6} wrap align="baseline">
            <Tag style={{ marginInlineEnd: 0 }}>{t(SECTION[r.section])}</Tag>
            {r.label && <strong style={{ overflowWrap: 'anywhere' }}>{r.label}</strong>}
            {!r.before && <Tag color="green">{t('adj.added')}</Tag>}
            {!r.after && <Tag color="red">{t('adj.removed')}</Tag>}
          </Flex>
          {r.before && (
            <div style={{ color: 'rgba(0,0,0,0.45)', overflowWrap: 'anywhere' }} data-testid="diff-before">
              {t('adj.before')}：<s>{r.before[lang]}</s>
            </div>
          )}
          {r.after && (
            <div style={{ overflowWrap: 'anywhere' }} data-testid="diff-after">
              {t('adj.after')}：{r.after[lang]}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
