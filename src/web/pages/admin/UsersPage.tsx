import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ROLES, type Role } from '../../../core/enums.js';
import { ROLE_LABELS } from '../../../core/labels.js';
import { useUnits, useUsers } from '../../backend/queries.js';
import type { UserOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState } from '../../components/PageState.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { AdminRolesGuide } from './AdminRolesGuide.js';
import { UserFormDrawer } from './UserFormDrawer.js';

const PAGE_SIZE = 20;

/** 用户管理 (system administrator): accounts, roles, units and the ledgers each may see. */
export function UsersPage() {
  const t = useT();
  const L = useLabel();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const users = useUsers({ q: q || undefined, unitId, role, page, pageSize, includeInactive: 'true' });
  const units = useUnits();
  const unitName = useMemo(() => new Map((units.data?.items ?? []).map((u) => [u.id, u.name])), [units.data]);
  const [editing, setEditing] = useState<UserOut | 'new' | null>(null);
  const now = new Date().toISOString();

  return (
    <>
      <PageHeader
        title={t('users.title')}
        testId="page-title"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="new-user"
          >
            {t('users.new')}
          </Button>
        }
      />
      <AdminRolesGuide onCreate={() => setEditing('new')} />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('common.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ width: 220 }}
          data-testid="users-q"
        />
        <UnitSelect
          allowClear
          value={unitId}
          onChange={(v?: string) => {
            setUnitId(v);
            setPage(1);
          }}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={t('users.roles')}
          value={role}
          onChange={(v?: Role) => {
            setRole(v);
            setPage(1);
          }}
          options={ROLES.map((r) => ({ value: r, label: L(ROLE_LABELS, r) }))}
          style={{ width: 150 }}
        />
      </Flex>
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <Table<UserOut>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items}
          scroll={{ x: 'max-content' }}
          sticky={{ offsetHeader: 56 }}
          data-testid="users-table"
          pagination={{
            current: page,
            pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => t('common.total', { n }),
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
          columns={[
            {
              key: 'username',
              title: t('users.username'),
              render: (_, u) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  onClick={() => setEditing(u)}
                  data-testid="user-link"
                >
                  {u.username}
                </Button>
              ),
            },
            { key: 'name', title: t('users.displayName'), dataIndex: 'displayName' },
            { key: 'title', title: t('users.title2'), render: (_, u) => u.title ?? '—' },
            {
              key: 'unit',
              title: t('users.unit'),
              render: (_, u) => (u.unitId ? (unitName.get(u.unitId) ?? '—') : '—'),
            },
            {
              key: 'roles',
              title: t('users.roles'),
              render: (_, u) => u.roles.map((r) => <Tag key={r}>{L(ROLE_LABELS, r)}</Tag>),
            },
            { key: 'phone', title: t('users.phone'), render: (_, u) => u.phone ?? '—' },
            {
              key: 'state',
              title: t('users.state'),
              render: (_, u) =>
                !u.active ? (
                  <Tag>{t('users.inactive')}</Tag>
                ) : u.lockedUntil && u.lockedUntil > now ? (
                  <Tag color="warning">{t('users.locked')}</Tag>
                ) : (
                  <Tag color="success">{t('users.active')}</Tag>
                ),
            },
          ]}
        />
      )}
      <UserFormDrawer
        open={editing !== null}
        user={editing && editing !== 'new' ? editing : undefined}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
