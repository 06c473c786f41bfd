import { FileTextOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../backend/queries.js';
import type { ItemOut } from '../../../backend/types.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { useT } from '../../../i18n/I18nProvider.js';
import { IssueNoticeDrawer } from '../../notices/IssueNoticeDrawer.js';
import { NoticeRow } from '../../notices/NoticesPage.js';
import { useNotices } from '../../notices/noticeQueries.js';

/** The notices about this item (a unit sees those addressed to it); supervisors issue new ones here. */
export function NoticesSection({ item }: { item: ItemOut }) {
  const t = useT();
  const me = useMe().data;
  const [open, setOpen] = useState(false);
  const query = useNotices({ itemId: item.id, pageSize: 50 });
  const canIssue =
    !!me?.permissions.includes('notice.issue') && item.status !== 'draft' && item.status !== 'cancelled';
  return (
    <div data-testid="item-notices">
      {canIssue && (
        <Button
          icon={<FileTextOutlined />}
          onClick={() => setOpen(true)}
          style={{ marginBottom: 12 }}
          data-testid="notice-issue-open"
        >
          {t('notice.issue')}
        </Button>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notice.none')} />
      ) : (
        query.data.items.map((n) => <NoticeRow key={n.id} notice={n} compact />)
      )}
      {canIssue && <IssueNoticeDrawer item={item} open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}
