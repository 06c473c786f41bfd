import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { MEETING_KIND_LABELS } from '../../../core/meeting.js';
import { EmptyState, ErrorState, Loading } from '../../components/PageState.js';
import { LIGHT_COLORS } from '../../components/tags.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { useOpenDecisions } from '../meetings/meetingQueries.js';
import { Panel } from './Panel.js';

/** Meetings whose decisions are still open: how many, how many overdue or red — for the supervision office. */
export function MeetingDecisionsPanel() {
  const { t } = useI18n();
  const L = useLabel();
  const q = useOpenDecisions();
  return (
    <Panel
      title={t('meetings.openDecisions')}
      testId="panel-meetings"
      extra={<Link to="/meetings">{t('common.viewList')}</Link>}
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <EmptyState text={t('meetings.none')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {q.data.items.map((m) => (
            <li
              key={m.meetingId}
              data-testid="open-decision"
              style={{
                display: 'flex',
                gap: 8,
                alignItems: 'center',
                padding: '6px 0',
                borderBottom: '1px solid #f5f5f5',
              }}
            >
              <span style={{ color: 'rgba(0,0,0,0.45)', width: 88, flex: 'none' }}>{m.date}</span>
              <Tag style={{ flex: 'none' }}>{L(MEETING_KIND_LABELS, m.kind)}</Tag>
              <Link
                to={`/meetings/${m.meetingId}`}
                style={{
                  flex: 1,
                  minWidth: 0,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {m.title}
              </Link>
              <span style={{ flex: 'none' }}>
                {t('meetings.open')} <b>{m.open}</b>
              </span>
              {m.overdue > 0 && (
                <span style={{ flex: 'none', color: LIGHT_COLORS.red }}>
                  {t('meetings.overdue')} <b>{m.overdue}</b>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
