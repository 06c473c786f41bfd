import { Progress, type TableColumnsType, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import type { Lang } from '../../../core/labels.js';
import type { ItemListOut } from '../../backend/types.js';
import { Highlighted } from '../../components/Highlighted.js';
import { leads, names, others } from '../../components/itemInfo.js';
import { LightTag, StatusTag } from '../../components/tags.js';
import { fmtDate } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/translate.js';
import type { ItemSort } from './filters.js';

/** The columns a 台账 has, in the order offices print them. */
export const COLUMN_KEYS = [
  'code',
  'title',
  // The chain of responsibility first, so that 主管领导 / 分管副职 / 具体责任人 are in view at
  // 1440 px without scrolling sideways; the task book and the rest follow.
  'leadUnits',
  'leader',
  'deputy',
  'responsible',
  'otherUnits',
  'taskBook',
  'ledger',
  'updatedAt',
  // Fixed on the right, so deadline, progress and light stay in view while the middle scrolls.
  'dueDate',
  'progress',
  'light',
  'status',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const COLUMN_TITLES: Record<ColumnKey, MessageKey> = {
  code: 'items.code',
  title: 'items.item',
  ledger: 'items.ledger',
  taskBook: 'items.taskBook',
  leadUnits: 'items.leadUnits',
  otherUnits: 'items.otherUnits',
  leader: 'items.leader',
  deputy: 'items.deputy',
  responsible: 'items.responsible',
  dueDate: 'items.dueDate',
  progress: 'items.progress',
  light: 'items.light',
  status: 'items.status',
  updatedAt: 'items.updatedAt',
};

export const DEFAULT_HIDDEN: ColumnKey[] = ['updatedAt'];

/** Which API sort a column header sorts by, ascending and descending. */
const SORTS: Partial<Record<ColumnKey, [ItemSort, ItemSort]>> = {
  code: ['code', '-code'],
  title: ['title', 'title'],
  dueDate: ['dueDate', '-dueDate'],
  progress: ['progress', '-progress'],
  updatedAt: ['updatedAt', '-updatedAt'],
};

export function sortFor(key: ColumnKey, order: 'ascend' | 'descend'): ItemSort | undefined {
  const pair = SORTS[key];
  return pair ? pair[order === 'ascend' ? 0 : 1] : undefined;
}

function orderOf(key: ColumnKey, sort: ItemSort | undefined): 'ascend' | 'descend' | null {
  const pair = SORTS[key];
  if (!pair) return null;
  if (sort === pair[1] && pair[0] !== pair[1]) return 'descend';
  if (sort === pair[0]) return 'ascend';
  return null;
}

const muted = { color: 'rgba(0,0,0,0.45)', fontSize: 12 } as const;

/** The table's columns for the visible keys, with the current sort shown on its header. */
export function itemColumns(
  keys: readonly ColumnKey[],
  /** `sort` undefined: a search listed by relevance; `terms`: the searched words, marked in the cells. */
  opts: { t: Translate; lang: Lang; sort: ItemSort | undefined; terms?: readonly string[] },
): TableColumnsType<ItemListOut> {
  const { t, lang, sort } = opts;
  const terms = opts.terms ?? [];
  const marked = (text: string) => <Highlighted text={text} terms={terms} />;
  const all: Record<ColumnKey, TableColumnsType<ItemListOut>[number]> = {
    code: {
      width: 116,
      fixed: 'left',
      render: (_, item) => (
        <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{marked(item.code)}</span>
      ),
    },
    title: {
      width: 180,
      fixed: 'left',
      render: (_, item) => (
        <Link to={`/items/${item.id}`} data-testid="item-link">
          {marked(item.title)}
        </Link>
      ),
    },
    ledger: { width: 104, render: (_, item) => item.ledgerName },
    taskBook: {
      width: 200,
      render: (_, item) => {
        const targets = item.targets.map((x) => `${x.name} ${x.targetValue}${x.unit}`).join('；');
        const text = [item.goal, targets].filter(Boolean).join(' ｜ ');
        return text ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0, fontSize: 13 }}>
            {marked(text)}
          </Typography.Paragraph>
        ) : (
          <span style={muted}>—</span>
        );
      },
    },
    leadUnits: { width: 110, render: (_, item) => marked(names(leads(item).map((r) => r.unitName))) },
    otherUnits: {
      width: 130,
      render: (_, item) => {
        const text = names(others(item).map((r) => r.unitName));
        return (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0 }}>
            {marked(text)}
          </Typography.Paragraph>
        );
      },
    },
    leader: { width: 80, render: (_, item) => names(leads(item).map((r) => r.leader?.displayName)) },
    deputy: { width: 80, render: (_, item) => names(leads(item).map((r) => r.deputy?.displayName)) },
    responsible: {
      width: 88,
      render: (_, item) => names(leads(item).map((r) => r.responsible?.displayName)),
    },
    dueDate: {
      width: 100,
      fixed: 'right',
      render: (_, item) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          {fmtDate(item.currentDueDate, lang)}
          {item.extensionCount > 0 && (
            <Tooltip title={`${t('item.originalDue')}：${fmtDate(item.dueDate, lang, true)}`}>
              <div style={muted}>{t('items.extended', { n: item.extensionCount })}</div>
            </Tooltip>
          )}
        </div>
      ),
    },
    progress: {
      width: 100,
      fixed: 'right',
      render: (_, item) => (
        <Progress percent={item.progress} size="small" style={{ margin: 0, minWidth: 80 }} />
      ),
    },
    light: {
      width: 76,
      fixed: 'right',
      render: (_, item) => <LightTag light={item.light} reasons={item.lightReasons} />,
    },
    status: { width: 88, fixed: 'right', render: (_, item) => <StatusTag status={item.status} /> },
    updatedAt: { width: 120, render: (_, item) => fmtDate(item.updatedAt.slice(0, 10), lang) },
  };
  return keys.map((key) => ({
    ...all[key],
    key,
    title: t(COLUMN_TITLES[key]),
    sorter: SORTS[key] ? true : undefined,
    sortOrder: orderOf(key, sort),
    sortDirections: SORTS[key]?.[0] === SORTS[key]?.[1] ? ['ascend'] : ['ascend', 'descend'],
    onHeaderCell: () => ({ 'data-testid': `col-${key}` }) as HTMLAttributes<HTMLElement>,
  }));
}
