import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Descriptions, Divider, Empty, Timeline } from 'antd';
import { LIGHT_LABELS } from '../../../../core/labels.js';
import { CONFIDENCE_LABELS, type Confidence, RATING_LABELS, type Rating } from '../../../../core/requests.js';
import { TIMELINE_LABELS, type TimelineKind } from '../../../../core/timeline.js';
import { api, type List } from '../../../backend/client.js';
import type { CheckbackOut, ItemOut, LightChangeOut } from '../../../backend/types.js';
import { LIGHT_COLORS } from '../../../components/tags.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { CheckbackResult } from '../WorkflowActions.js';

/**
 * The supervisor's signals on the item: the latest judgement (研判), the
 * closing rating and which date on-time was judged by, the check-backs, and
 * the light's history — each change dated and with its cause.
 */
export function SignalsSection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const history = useQuery({
    queryKey: ['items', 'one', item.id, 'light-history'],
    queryFn: () => api.get<List<LightChangeOut>>(`/api/items/${item.id}/light-history`),
  });
  const checkbacks = useQuery({
    queryKey: ['items', 'one', item.id, 'checkbacks'],
    queryFn: () => api.get<List<CheckbackOut>>(`/api/items/${item.id}/checkbacks`),
  });
  const light = (l: string | null) => (l ? LIGHT_LABELS[l as keyof typeof LIGHT_LABELS][lang] : '—');
  const cause = (c: string) =>
    c === 'time' || c === 'recorded' ? t(`wf.cause.${c}`) : (TIMELINE_LABELS[c as TimelineKind]?.[lang] ?? c);
  const j = item.judgement;
  return (
    <div data-testid="item-signals">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('wf.judgement')}>
          <span data-testid="judgement">
            {j
              ? `${j.level} · ${CONFIDENCE_LABELS[j.level as Confidence][lang]}（${j.on}${j.by ? ` ${j.by}` : ''}）：${j.reason}`
              : t('wf.noJudgement')}
          </span>
        </Descriptions.Item>
        {item.closingRating && (
          <Descriptions.Item label={t('wf.closing')}>
            <span data-testid="closing-rating">
              {RATING_LABELS[item.closingRating as Rating][lang]}
              {item.closingComment ? `：${item.closingComment}` : ''}
            </span>
          </Descriptions.Item>
        )}
        {item.status === 'completed' && (
          <Descriptions.Item label={t('wf.onTimeBasis')}>
            {t('wf.judgedBy', { date: item.judgedDueDate })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {!!checkbacks.data?.items.length && (
        <>
          <Divider plain>{t('wf.checkbacks')}</Divider>
          {checkbacks.data.items.map((c) => (
            <div key={c.id} data-testid="checkback" style={{ marginBottom: 8 }}>
              <div>
                {t('wf.plannedOn')} {c.plannedOn}
                {c.doneOn &&
                  ` · ${c.doneOn} ${c.doneByName ?? ''}：${c.findings}${c.reopened ? `（${t('wf.reopen')}）` : ''}`}
              </div>
              {!c.doneOn && item.status === 'completed' && (
                <CheckbackResult
                  id={c.id}
                  version={c.version}
                  onDone={() => void queryClient.invalidateQueries({ queryKey: ['items'] })}
                />
              )}
            </div>
          ))}
        </>
      )}
      <Divider plain>{t('wf.lightHistory')}</Divider>
      {history.data?.items.length ? (
        <Timeline
          data-testid="light-history"
          items={history.data.items.map((h) => ({
            color: h.to ? LIGHT_COLORS[h.to as keyof typeof LIGHT_COLORS] : 'gray',
            children: (
              <span>
                {h.onDate} {light(h.from)} → {light(h.to)}（{cause(h.cause)}）
              </span>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </div>
  );
}
