import { EditOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { MEETING_KIND_LABELS } from '../../../core/meeting.js';
import type { MeetingItemOut } from '../../../core/schemas/meeting.js';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { StatusTag } from '../../components/tags.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { MeetingFormDrawer } from './MeetingFormDrawer.js';
import { useMeeting } from './meetingQueries.js';

/** One meeting: what it was, its minutes, and the items its decisions became (each linking to the item). */
export function MeetingPage() {
  const { id } = useParams();
  const t = useT();
  const L = useLabel();
  const me = useMe().data;
  const canEdit = !!me && canEnter(me.roles, 'editMeetings');
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);

  return (
    <QueryView query={meeting}>
      {(m) => (
        <>
          <PageHeader
            back="/meetings"
            title={m.title}
            testId="page-title"
            subtitle={
              <>
                <Tag>{L(MEETING_KIND_LABELS, m.kind)}</Tag> {m.date}
              </>
            }
            extra={
              canEdit && (
                <>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t('common.edit')}
                  </Button>
                  <Link to={`/meetings/${m.id}/ingest`}>
                    <Button type="primary" icon={<FileSearchOutlined />} data-testid="meeting-ingest">
                      {t('meetings.ingest')}
                    </Button>
                  </Link>
                </>
              )
            }
          />
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('meetings.chair')}>{m.chair ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.place')}>{m.place ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.open')}>
              {m.openCount} / {m.itemCount}
            </Descriptions.Item>
            {m.attendees && (
              <Descriptions.Item label={t('meetings.attendees')}>{m.attendees}</Descriptions.Item>
            )}
          </Descriptions>
          <h2 style={{ fontSize: 16 }}>{t('meetings.items')}</h2>
          {m.items.length === 0 ? (
            <Empty description={t('meetings.noItems')} />
          ) : (
            <Table<MeetingItemOut>
              rowKey="id"
              size="small"
              data-testid="meeting-items"
              dataSource={m.items}
              pagination={false}
              scroll={{ x: 720 }}
              onRow={() => ({ 'data-testid': 'meeting-item-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('meetings.directiveNo'), dataIndex: 'directiveNo', width: 64 },
                {
                  title: t('ingest.titleField'),
                  dataIndex: 'title',
                  render: (v: string, i) => (
                    <Link to={`/items/${i.id}`}>
                      <Typography.Text type="secondary">{i.code}</Typography.Text> {v}
                    </Link>
                  ),
                },
                { title: t('ingest.ledger'), dataIndex: 'ledgerName', width: 140 },
                { title: t('ingest.lead'), dataIndex: 'leadUnitName', width: 170 },
                { title: t('ingest.due'), dataIndex: 'dueDate', width: 110 },
                {
                  title: '',
                  dataIndex: 'status',
                  width: 90,
                  render: (s: MeetingItemOut['status']) => <StatusTag status={s} />,
                },
              ]}
            />
          )}
          {m.minutes && (
            <Flex vertical style={{ marginTop: 24 }}>
              <h2 style={{ fontSize: 16 }}>{t('meetings.minutes')}</h2>
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto' }}
                data-testid="meeting-minutes"
              >
                {m.minutes}
              </Typography.Paragraph>
            </Flex>
          )}
          {canEdit && <MeetingFormDrawer open={editing} meeting={m} onClose={() => setEditing(false)} />}
        </>
      )}
    </QueryView>
  );
}
