import { Card, Col } from 'antd';
import { useT } from '../../i18n/I18nProvider.js';
import { NoticeRow } from './NoticesPage.js';
import { useNotices } from './noticeQueries.js';

/** The unit home page's list of notices waiting for the unit's reply, nearest deadline first (late in red). */
export function AwaitingNotices() {
  const t = useT();
  const q = useNotices({ awaiting: 'true', pageSize: 10 });
  if (!q.data?.items.length) return null;
  return (
    <Col span={24}>
      <Card size="small" title={t('notice.awaiting')} data-testid="home-notices">
        {q.data.items.map((n) => (
          <NoticeRow key={n.id} notice={n} />
        ))}
      </Card>
    </Col>
  );
}
