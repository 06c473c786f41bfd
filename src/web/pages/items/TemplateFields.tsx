import { FilterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Badge,
  Button,
  DatePicker,
  Flex,
  Input,
  InputNumber,
  Popover,
  Select,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import type { FieldFilter, FieldFilters } from '../../../core/field-filters.js';
import type { Lang } from '../../../core/labels.js';
import type { TemplateField, TemplateOut } from '../../../core/schemas/template.js';
import { api } from '../../backend/client.js';
import type { ItemListOut } from '../../backend/types.js';
import { fmtDate } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

/** A ledger's template (the same query the item page's 台账信息 uses). */
export function useLedgerTemplate(ledgerId: string | undefined) {
  return useQuery({
    queryKey: ['ledgers', 'template', ledgerId],
    queryFn: () => api.get<TemplateOut>(`/api/ledgers/${ledgerId}/template`),
    enabled: !!ledgerId,
    staleTime: 60_000,
  });
}

export const fieldTitle = (f: Pick<TemplateField, 'label' | 'unit'>) =>
  f.unit ? `${f.label}（${f.unit}）` : f.label;

/** A template field's value as a list cell shows it. */
export function fieldCell(f: TemplateField, v: unknown, lang: Lang): string {
  if (v === undefined || v === null || v === '') return '—';
  if (f.type === 'date') return fmtDate(String(v), lang, true);
  if (f.type === 'number') return Number(v).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return String(v);
}

/** The columns of the template fields chosen (`cols`), in the template's order. */
export function fieldColumns(
  fields: readonly TemplateField[],
  shown: readonly string[],
  lang: Lang,
): TableColumnsType<ItemListOut> {
  return fields
    .filter((f) => shown.includes(f.key))
    .map((f) => ({
      key: `field.${f.key}`,
      title: fieldTitle(f),
      width: f.type === 'text' ? 140 : 110,
      align: f.type === 'number' ? ('right' as const) : undefined,
      render: (_: unknown, item: ItemListOut) => (
        <span style={{ whiteSpace: 'nowrap' }}>{fieldCell(f, item.fields?.[f.key], lang)}</span>
      ),
      onHeaderCell: () => ({ 'data-testid': `col-field-${f.key}` }) as HTMLAttributes<HTMLElement>,
    }));
}

/**
 * 台账字段筛选: one control per template field — a number range, a date
 * range, or "equals" for text and choices. Each change applies at once (text
 * and numbers on Enter or when leaving the box).
 */
export function FieldFilterButton({
  fields,
  value,
  onChange,
}: {
  fields: readonly TemplateField[];
  value: FieldFilters | undefined;
  onChange: (next: FieldFilters | undefined) => void;
}) {
  const t = useT();
  if (!fields.length) return null;
  const current = value ?? {};
  const set = (key: string, f: FieldFilter | undefined) => {
    const next: FieldFilters = { ...current };
    const clean = f && Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));
    if (clean && Object.keys(clean).length) next[key] = clean;
    else delete next[key];
    onChange(Object.keys(next).length ? next : undefined);
  };
  const active = Object.keys(current).length;
  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      title={t('sheets.fieldFilters')}
      content={
        <div style={{ display: 'grid', gap: 8, width: 320 }} data-testid="field-filters">
          {fields.map((f) => (
            <div key={f.key}>
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', marginBottom: 2 }}>{fieldTitle(f)}</div>
              <FieldControl field={f} value={current[f.key]} onChange={(v) => set(f.key, v)} />
            </div>
          ))}
        </div>
      }
    >
      <Badge count={active} size="small">
        <Button icon={<FilterOutlined />} data-testid="field-filters-button">
          {t('sheets.fieldFilters')}
        </Button>
      </Badge>
    </Popover>
  );
}

function FieldControl({
  field,
  value,
  onChange,
}: {
  field: TemplateField;
  value: FieldFilter | undefined;
  onChange: (v: FieldFilter | undefined) => void;
}) {
  const t = useT();
  const testId = `field-filter-${field.key}`;
  switch (field.type) {
    case 'number': {
      const edge = (which: 'from' | 'to') => (input: HTMLInputElement) => {
        const text = input.value.replace(/[,，\s]/g, '');
        onChange({ ...value, [which]: text === '' ? undefined : text });
      };
      const box = (which: 'from' | 'to') => (
        <InputNumber
          style={{ flex: 1 }}
          placeholder={t(which === 'from' ? 'sheets.min' : 'sheets.max')}
          defaultValue={value?.[which] === undefined ? undefined : Number(value[which])}
          onBlur={(e) => edge(which)(e.target)}
          onPressEnter={(e) => edge(which)(e.target as HTMLInputElement)}
          data-testid={`${testId}-${which}`}
        />
      );
      return (
        <Flex gap={4} align="center" data-testid={testId}>
          {box('from')}–{box('to')}
        </Flex>
      );
    }
    case 'date':
      return (
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          style={{ width: '100%' }}
          value={[value?.from ? dayjs(value.from) : null, value?.to ? dayjs(value.to) : null]}
          onChange={(range) =>
            onChange({
              from: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
              to: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
          data-testid={testId}
        />
      );
    case 'choice':
      return (
        <Select
          allowClear
          style={{ width: '100%' }}
          value={value?.eq}
          options={field.choices.map((c) => ({ value: c, label: c }))}
          onChange={(v?: string) => onChange(v ? { eq: v } : undefined)}
          data-testid={testId}
        />
      );
    case 'text':
      return (
        <Input.Search
          allowClear
          defaultValue={value?.eq}
          placeholder={t('sheets.equals')}
          onSearch={(v) => onChange(v.trim() ? { eq: v.trim() } : undefined)}
          data-testid={testId}
        />
      );
  }
}
