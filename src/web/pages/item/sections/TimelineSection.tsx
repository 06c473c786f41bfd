import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Button, Empty, Timeline, Tooltip } from 'antd';
import { useState } from 'react';
import { useTimeline } from '../../../backend/queries.js';
import type { ItemOut, TimelineEntry } from '../../../backend/types.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { fmtInstant } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

const PAGE = 20;

/** Colours by what an entry means for the work: closing green, sending back and cancelling red. */
function colorOf(kind: string): string {
  if (kind === 'approve_completion') return 'green';
  if (kind === 'return' || kind === 'cancel' || kind === 'reopen') return 'red';
  if (kind === 'suspend') return 'gray';
  return 'blue';
}

/** Who did what when on the item, newest first. */
export function TimelineSection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const [size, setSize] = useState(PAGE);
  const query = useTimeline(item.id, size);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { items, total } = query.data;
  if (!items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('item.timelineEmpty')} />;
  const entry = (e: TimelineEntry) => ({
    key: e.id,
    color: colorOf(e.kind),
    children: (
      <div data-testid="timeline-entry" data-kind={e.kind}>
        <div>
          <strong>{e.title}</strong>
          {e.restricted && (
            <Tooltip title={t('item.timelineHidden')}>
              <EyeInvisibleOutlined style={{ marginInlineStart: 6, color: 'rgba(0,0,0,0.45)' }} />
            </Tooltip>
          )}
        </div>
        {e.text && <div style={{ whiteSpace: 'pre-wrap' }}>{e.text}</div>}
        <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
          {[fmtInstant(e.at, lang), e.unitName, e.actorName].filter(Boolean).join(' · ')}
        </div>
      </div>
    ),
  });
  return (
    <div data-testid="item-timeline">
      <Timeline items={items.map(entry)} />
      {total > items.length && (
        <Button
          size="small"
          type="link"
          onClick={() => setSize((s) => s + PAGE * 5)}
          loading={query.isFetching}
        >
          {t('item.timelineMore', { n: total - items.length })}
        </Button>
      )}
    </div>
  );
}
