import { useQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { Link } from 'react-router-dom';
import { api, type List } from '../../backend/client.js';
import type { RequestOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { RequestCard } from '../item/sections/RequestsSection.js';

/** /requests — the approver's inbox: every request whose waiting step is the user's to decide. */
export function RequestsPage() {
  const t = useT();
  const query = useQuery({
    queryKey: ['requests', 'awaiting'],
    queryFn: () => api.get<List<RequestOut>>('/api/requests', { awaiting: 'me', pageSize: 100 }),
  });
  return (
    <div data-testid="requests-page">
      <PageHeader title={t('nav.requests')} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('wf.inboxEmpty')} />
      ) : (
        query.data.items.map((r) => (
          <Card
            key={r.id}
            size="small"
            style={{ marginBottom: 12 }}
            title={
              <Link to={`/items/${r.itemId}`}>
                {r.itemCode} {r.itemTitle}
              </Link>
            }
          >
            <RequestCard request={r} />
          </Card>
        ))
      )}
    </div>
  );
}
