import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { UNIT_KINDS, type UnitKind } from '../../../core/enums.js';
import { UNIT_KIND_LABELS } from '../../../core/labels.js';
import { useUnits } from '../../backend/queries.js';
import type { UnitOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { UnitFormDrawer } from './UnitFormDrawer.js';

/** 单位管理: the units the office supervises, with their aliases for matching imports and search. */
export function UnitsPage() {
  const t = useT();
  const L = useLabel();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<UnitKind | undefined>();
  const [archived, setArchived] = useState(false);
  const units = useUnits({ q: q || undefined, kind, includeArchived: archived ? 'true' : undefined });
  const all = useUnits();
  const [editing, setEditing] = useState<UnitOut | 'new' | null>(null);
  const nameOf = useMemo(() => new Map((all.data?.items ?? []).map((u) => [u.id, u.name])), [all.data]);

  return (
    <>
      <PageHeader
        title={t('units.title')}
        testId="page-title"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="new-unit"
          >
            {t('units.new')}
          </Button>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} align="center">
        <Input.Search
          allowClear
          placeholder={t('common.search')}
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 240 }}
          data-testid="units-q"
        />
        <Select
          allowClear
          placeholder={t('units.kind')}
          value={kind}
          onChange={setKind}
          options={UNIT_KINDS.map((k) => ({ value: k, label: L(UNIT_KIND_LABELS, k) }))}
          style={{ width: 160 }}
        />
        <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
          <Switch
            size="small"
            checked={archived}
            onChange={setArchived}
            aria-label={t('common.includeArchived')}
          />
          {t('common.includeArchived')}
        </span>
      </Flex>
      {units.isError ? (
        <ErrorState error={units.error} onRetry={() => units.refetch()} />
      ) : (
        <Table<UnitOut>
          rowKey="id"
          size="middle"
          loading={units.isFetching}
          dataSource={units.data?.items}
          scroll={{ x: 'max-content' }}
          sticky={{ offsetHeader: 56 }}
          pagination={{ defaultPageSize: 50, showTotal: (n) => t('common.total', { n }) }}
          data-testid="units-table"
          columns={[
            {
              key: 'name',
              title: t('units.name'),
              render: (_, u) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  onClick={() => setEditing(u)}
                  data-testid="unit-link"
                >
                  {u.name}
                </Button>
              ),
            },
            { key: 'short', title: t('units.shortName'), render: (_, u) => u.shortName ?? '—' },
            {
              key: 'aliases',
              title: t('units.aliases'),
              render: (_, u) => (u.aliases.length ? u.aliases.map((a) => <Tag key={a}>{a}</Tag>) : '—'),
            },
            { key: 'kind', title: t('units.kind'), render: (_, u) => L(UNIT_KIND_LABELS, u.kind) },
            {
              key: 'parent',
              title: t('units.parent'),
              render: (_, u) => (u.parentId ? (nameOf.get(u.parentId) ?? '—') : '—'),
            },
            { key: 'sort', title: t('units.sortOrder'), dataIndex: 'sortOrder' },
            {
              key: 'archived',
              title: '',
              render: (_, u) => (u.archived ? <Tag>{t('common.archived')}</Tag> : null),
            },
          ]}
        />
      )}
      <UnitFormDrawer
        open={editing !== null}
        unit={editing && editing !== 'new' ? editing : undefined}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
