import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { DeliveryOut } from '../../../core/schemas/notification.js';
import { api, type List } from '../../backend/client.js';
import { QueryView } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Deliveries that failed after every retry: shown to the office, never lost silently; each can be sent again. */
export function DeliveriesCard() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['deliveries', 'failed'],
    queryFn: () => api.get<List<DeliveryOut>>('/api/deliveries', { status: 'failed', pageSize: 50 }),
  });
  const retry = useMutation({
    mutationFn: (id: string) => api.post<DeliveryOut>(`/api/deliveries/${id}/retry`, {}),
    onSuccess: () => {
      toast.success(t('rm.retried'));
      void queryClient.invalidateQueries({ queryKey: ['deliveries'] });
    },
    onError: (e) => toast.error(e.message),
  });
  return (
    <Card size="small" title={t('rm.failed')} style={{ marginBottom: 16 }} data-testid="failed-deliveries">
      <QueryView query={query}>
        {(data) =>
          data.items.length ? (
            <Table
              size="small"
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 640 }}
              columns={[
                {
                  title: t('rm.recipient'),
                  render: (_v, d) => (
                    <span>
                      {d.recipientName}
                      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                        <Tag>{t(`rm.channel.${d.channel}`)}</Tag>
                        {d.target}
                      </div>
                    </span>
                  ),
                },
                { title: t('nt.title'), dataIndex: 'title' },
                {
                  title: t('rm.failed'),
                  render: (_v, d) => (
                    <span style={{ fontSize: 12 }}>
                      {d.lastError}
                      <div style={{ color: 'rgba(0,0,0,0.55)' }}>
                        {t('rm.attempts', { n: d.attempts })} · {fmtInstant(d.nextAttemptAt, lang)}
                      </div>
                    </span>
                  ),
                },
                {
                  title: '',
                  width: 100,
                  render: (_v, d) => (
                    <Button size="small" onClick={() => retry.mutate(d.id)} loading={retry.isPending}>
                      {t('rm.retry')}
                    </Button>
                  ),
                },
              ]}
            />
          ) : (
            <Typography.Text type="secondary">{t('rm.noFailed')}</Typography.Text>
          )
        }
      </QueryView>
    </Card>
  );
}
