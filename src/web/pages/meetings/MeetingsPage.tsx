import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { MEETING_KIND_LABELS } from '../../../core/meeting.js';
import type { MeetingOut } from '../../../core/schemas/meeting.js';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { MeetingFormDrawer } from './MeetingFormDrawer.js';
import { useMeetings } from './meetingQueries.js';

/** 会议: the register of meetings, newest first, with the items their decisions became. */
export function MeetingsPage() {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  const me = useMe().data;
  const canEdit = !!me && canEnter(me.roles, 'editMeetings');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const meetings = useMeetings({ q: q || undefined, page });
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        testId="page-title"
        extra={
          <>
            <Input.Search
              allowClear
              placeholder={t('common.search')}
              onSearch={(v) => {
                setQ(v);
                setPage(1);
              }}
              style={{ width: 220 }}
            />
            {canEdit && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="new-meeting"
              >
                {t('meetings.new')}
              </Button>
            )}
          </>
        }
      />
      <QueryView query={meetings}>
        {(data) => (
          <Table<MeetingOut>
            rowKey="id"
            size="middle"
            data-testid="meetings-table"
            dataSource={data.items}
            scroll={{ x: 720 }}
            pagination={{
              current: page,
              pageSize: 20,
              total: data.total,
              onChange: setPage,
              showSizeChanger: false,
            }}
            onRow={() => ({ 'data-testid': 'meeting-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('meetings.date'), dataIndex: 'date', width: 110 },
              {
                title: t('meetings.name'),
                dataIndex: 'title',
                render: (v: string, m) => (
                  <Link to={`/meetings/${m.id}`} data-testid="meeting-link">
                    {v}
                  </Link>
                ),
              },
              {
                title: t('meetings.kind'),
                dataIndex: 'kind',
                width: 100,
                render: (k: MeetingOut['kind']) => <Tag>{L(MEETING_KIND_LABELS, k)}</Tag>,
              },
              { title: t('meetings.chair'), dataIndex: 'chair', width: 140 },
              { title: t('meetings.items'), dataIndex: 'itemCount', width: 100, align: 'right' },
              { title: t('meetings.open'), dataIndex: 'openCount', width: 90, align: 'right' },
            ]}
          />
        )}
      </QueryView>
      {canEdit && (
        <MeetingFormDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(m) => navigate(`/meetings/${m.id}`)}
        />
      )}
    </>
  );
}
