import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select, Switch, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ITEM_STATUSES, type ItemStatus, LIGHTS, type Light } from '../../../core/enums.js';
import { LIGHT_LABELS, STATUS_LABELS } from '../../../core/labels.js';
import type { TemplateField } from '../../../core/schemas/template.js';
import { useLedgers } from '../../backend/queries.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import type { ItemFilters } from './filters.js';
import { FieldFilterButton } from './TemplateFields.js';

export type FilterKey = 'ledgerId' | 'unitId';

/** The filters above an item list. Every change resets to page 1. */
export function FilterBar({
  filters,
  onChange,
  hide = [],
  compact = false,
  templateFields = [],
}: {
  filters: ItemFilters;
  onChange: (patch: Partial<ItemFilters>) => void;
  /** Filters fixed by the page (the ledger of a ledger page) are not offered. */
  hide?: FilterKey[];
  /** On phones: the search box, and the other filters behind a button. */
  compact?: boolean;
  /** The ledger template's fields, filtered through their own button. */
  templateFields?: readonly TemplateField[];
}) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const ledgers = useLedgers();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const set = (patch: Partial<ItemFilters>) => onChange({ ...patch, page: undefined });
  const [expanded, setExpanded] = useState(false);
  const count = [
    !hide.includes('ledgerId') && filters.ledgerId,
    !hide.includes('unitId') && filters.unitId,
    filters.status,
    filters.light,
    filters.dueFrom || filters.dueTo,
    filters.overdue,
    filters.asOf,
    filters.fields,
  ].filter(Boolean).length;
  const wide = compact ? { width: '100%' } : undefined;
  const active =
    filters.q ||
    (!hide.includes('ledgerId') && filters.ledgerId) ||
    (!hide.includes('unitId') && filters.unitId) ||
    filters.status ||
    filters.light ||
    filters.dueFrom ||
    filters.dueTo ||
    filters.overdue ||
    filters.asOf ||
    filters.fields ||
    filters.parentId;

  return (
    <Flex
      wrap
      gap={8}
      align="center"
      style={{ marginBottom: 12, flex: 1, minWidth: 0 }}
      data-testid="item-filters"
    >
      <Input.Search
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        placeholder={t('items.searchPlaceholder')}
        style={{ width: compact ? 'calc(100% - 96px)' : 260, maxWidth: '100%' }}
        data-testid="filter-q"
      />
      {compact && (
        <Button
          icon={<FilterOutlined />}
          type={count ? 'primary' : 'default'}
          ghost={!!count}
          onClick={() => setExpanded(!expanded)}
          style={{ width: 88 }}
          data-testid="filter-toggle"
        >
          {count ? `${t('items.filters')} ${count}` : t('items.filters')}
        </Button>
      )}
      {(!compact || expanded) && (
        <>
          {!hide.includes('ledgerId') && (
            <Select
              allowClear
              value={filters.ledgerId}
              // Another ledger has other template fields: their filters and columns go.
              onChange={(v?: string) => set({ ledgerId: v || undefined, fields: undefined, cols: undefined })}
              placeholder={t('items.ledger')}
              options={(ledgers.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
              style={wide ?? { width: 170 }}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="filter-ledger"
            />
          )}
          {!hide.includes('unitId') && (
            <UnitSelect
              allowClear
              value={filters.unitId}
              onChange={(v?: string) => set({ unitId: v || undefined })}
              placeholder={t('items.unit')}
              style={wide ?? { width: 170 }}
              data-testid="filter-unit"
            />
          )}
          <Select<ItemStatus[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={filters.status ?? []}
            onChange={(v) => set({ status: v.length ? v : undefined })}
            placeholder={t('items.status')}
            options={ITEM_STATUSES.map((s) => ({ value: s, label: L(STATUS_LABELS, s) }))}
            style={wide ?? { width: 190 }}
            data-testid="filter-status"
          />
          <Select<Light[]>
            mode="multiple"
            allowClear
            value={filters.light ?? []}
            onChange={(v) => set({ light: v.length ? v : undefined })}
            placeholder={t('items.light')}
            options={LIGHTS.map((l) => ({ value: l, label: L(LIGHT_LABELS, l) }))}
            style={wide ?? { width: 170 }}
            data-testid="filter-light"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[
              filters.dueFrom ? dayjs(filters.dueFrom) : null,
              filters.dueTo ? dayjs(filters.dueTo) : null,
            ]}
            onChange={(range) =>
              set({
                dueFrom: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
                dueTo: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
              })
            }
            placeholder={[t('items.dueDate'), t('items.dueDate')]}
            style={wide ?? { width: 250, maxWidth: '100%' }}
            data-testid="filter-due"
          />
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
            <Switch
              size="small"
              aria-label={t('items.overdueOnly')}
              checked={!!filters.overdue}
              onChange={(v) => set({ overdue: v || undefined })}
              data-testid="filter-overdue"
            />
            {t('items.overdueOnly')}
          </span>
          <FieldFilterButton
            fields={templateFields}
            value={filters.fields}
            onChange={(fields) => set({ fields })}
          />
          {filters.asOf && (
            <Tag closable onClose={() => set({ asOf: undefined })} data-testid="filter-as-of">
              {t('items.asOf', { date: fmtDate(filters.asOf, lang, true) })}
            </Tag>
          )}
          {active && (
            <Button
              type="link"
              icon={<ClearOutlined />}
              onClick={() =>
                onChange({
                  q: undefined,
                  ledgerId: hide.includes('ledgerId') ? filters.ledgerId : undefined,
                  unitId: hide.includes('unitId') ? filters.unitId : undefined,
                  status: undefined,
                  light: undefined,
                  dueFrom: undefined,
                  dueTo: undefined,
                  overdue: undefined,
                  asOf: undefined,
                  fields: undefined,
                  parentId: undefined,
                  page: undefined,
                })
              }
              data-testid="filter-clear"
            >
              {t('items.clearFilters')}
            </Button>
          )}
        </>
      )}
    </Flex>
  );
}
