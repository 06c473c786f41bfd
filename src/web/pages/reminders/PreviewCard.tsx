import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, List, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { PreviewOut } from '../../../core/schemas/reminder.js';
import { api } from '../../backend/client.js';
import { QueryView } from '../../components/PageState.js';
import { todayInChina } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const RUNG_COLORS = ['', 'blue', 'orange', 'volcano', 'red'];

/** What the ladder will send on a day (tomorrow by default), one digest per person. */
export function PreviewCard() {
  const { t } = useI18n();
  const [date, setDate] = useState(() => dayjs(todayInChina()).add(1, 'day').format('YYYY-MM-DD'));
  const query = useQuery({
    queryKey: ['reminders', 'preview', date],
    queryFn: () => api.get<PreviewOut>('/api/reminders/preview', { date }),
  });
  return (
    <Card
      size="small"
      title={t('rm.preview')}
      style={{ marginBottom: 16 }}
      data-testid="reminder-preview"
      extra={
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          aria-label={t('rm.previewDate')}
        />
      }
    >
      <QueryView query={query}>
        {(p) =>
          !p.workday ? (
            <Typography.Text type="secondary">{t('rm.notWorkday')}</Typography.Text>
          ) : !p.reminders.length ? (
            <Typography.Text type="secondary">{t('rm.nothing')}</Typography.Text>
          ) : (
            <>
              <Table
                size="small"
                rowKey={(r) => `${r.itemId}|${r.reason}|${r.rung}|${r.unitId}|${r.line}`}
                dataSource={p.reminders}
                pagination={p.reminders.length > 10 ? { pageSize: 10, size: 'small' } : false}
                scroll={{ x: 640 }}
                columns={[
                  {
                    title: t('rm.rung'),
                    dataIndex: 'rung',
                    width: 70,
                    render: (r: number) => <Tag color={RUNG_COLORS[r]}>{r}</Tag>,
                  },
                  {
                    title: t('rm.item'),
                    render: (_v, r) => (
                      <div>
                        <Link to={`/items/${r.itemId}`}>{r.itemCode}</Link> {r.itemTitle}
                        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                          {t(`rm.reason.${r.reason}`)}
                          {r.subjectTitle ? `「${r.subjectTitle}」` : ''} · {r.deadline}
                        </div>
                      </div>
                    ),
                  },
                  {
                    title: t('rm.recipient'),
                    width: 180,
                    render: (_v, r) => (
                      <span>
                        {r.recipientName ?? '—'}
                        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{r.unitName}</div>
                      </span>
                    ),
                  },
                  {
                    title: t('rm.sent'),
                    dataIndex: 'sent',
                    width: 80,
                    render: (s: boolean) => (s ? <Tag color="green">{t('rm.sent')}</Tag> : null),
                  },
                ]}
              />
              {p.notices.length > 0 && (
                <div style={{ marginTop: 12 }}>
                  <Typography.Text strong>{t('rm.notices')}</Typography.Text>
                  {p.notices.map((n) => (
                    <div key={`${n.kind}${n.unitId}`}>
                      {t('rm.noticeLine', { unit: n.unitName, kind: t(`rm.${n.kind}`), n: n.items })}
                    </div>
                  ))}
                </div>
              )}
              <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
                {t('rm.digests')}（{p.digests.length}）
              </Typography.Text>
              <List
                size="small"
                dataSource={p.digests}
                pagination={p.digests.length > 5 ? { pageSize: 5, size: 'small' } : false}
                renderItem={(d) => (
                  <List.Item data-testid="preview-digest">
                    <div style={{ minWidth: 0 }}>
                      <Flex gap={6} wrap>
                        <Typography.Text strong>{d.recipientName}</Typography.Text>
                        {d.channels.map((c) => (
                          <Tag key={c}>{t(`rm.channel.${c as 'email' | 'robot' | 'in_app'}`)}</Tag>
                        ))}
                      </Flex>
                      <div>{d.title}</div>
                      <div style={{ whiteSpace: 'pre-wrap', fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>
                        {d.body}
                      </div>
                    </div>
                  </List.Item>
                )}
              />
            </>
          )
        }
      </QueryView>
    </Card>
  );
}
