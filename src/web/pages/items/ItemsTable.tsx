import { Flex, Grid, Pagination, Table } from 'antd';
import { type HTMLAttributes, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import { queryTerms } from '../../../core/search-text.js';
import { useItems } from '../../backend/queries.js';
import type { ItemListOut } from '../../backend/types.js';
import { EmptyState, ErrorState, Loading } from '../../components/PageState.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ColumnChooser, useHiddenColumns } from './ColumnChooser.js';
import { COLUMN_KEYS, type ColumnKey, itemColumns, sortFor } from './columns.js';
import { FilterBar, type FilterKey } from './FilterBar.js';
import { filtersToSearch, type ItemFilters, parseFilters, toApiQuery } from './filters.js';
import { ItemCards } from './ItemCards.js';
import { fieldColumns, fieldTitle, useLedgerTemplate } from './TemplateFields.js';

const PAGE_SIZE = 20;

/**
 * A 台账 table: filters, search, sort, column choice and server-side paging,
 * all kept in the URL. `fixed` filters come from the page (a ledger page fixes
 * the ledger) and are neither shown nor cleared.
 */
export function ItemsTable({ fixed = {} }: { fixed?: Pick<ItemFilters, FilterKey> }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const filters: ItemFilters = { ...parseFilters(params), ...stripEmpty(fixed) };
  const hide = Object.keys(stripEmpty(fixed)) as FilterKey[];
  const query = useItems(toApiQuery(filters, { pageSize: PAGE_SIZE }));
  const [hidden, setHidden] = useHiddenColumns();

  const printing = usePrinting();
  const available = COLUMN_KEYS.filter((k) => !(k === 'ledger' && hide.includes('ledgerId')));
  // On paper every column, none pinned: the office's printed ledger has them all.
  const visible = printing
    ? available.filter((k) => k !== 'updatedAt')
    : available.filter((k) => !hidden.includes(k));
  // A search without a chosen sort lists the best matches first: no column shows as sorted.
  const sort = filters.sort ?? (filters.q ? undefined : 'code');
  const terms = queryTerms(filters.q ?? '');
  // The ledger template's fields: optional columns (chosen in `cols`) and filters, in one ledger's list.
  const template = useLedgerTemplate(filters.ledgerId);
  const templateFields = template.data?.fields ?? [];
  const shownFields = (filters.cols ?? []).filter((k) => templateFields.some((f) => f.key === k));
  const base = itemColumns(visible, { t, lang, sort, terms });
  // Right after the item's name (pinned on the left): chosen to be seen, they come first.
  const lastLeft = base.findLastIndex((c) => c.fixed === 'left');
  const at = lastLeft + 1;
  const columns = [
    ...base.slice(0, at),
    ...fieldColumns(templateFields, shownFields, lang),
    ...base.slice(at),
  ].map((c) => (printing ? { ...c, fixed: undefined } : c));

  function update(patch: Partial<ItemFilters>) {
    const next = { ...parseFilters(params), ...patch };
    for (const key of hide) delete next[key];
    setParams(new URLSearchParams(filtersToSearch(next)));
  }

  const page = filters.page ?? 1;
  const pageSize = filters.pageSize ?? PAGE_SIZE;
  const data = query.data;
  // A search counts up to a cap: past it the total is a floor, and the pager stops there.
  const totalText = (n: number) =>
    data?.totalCapped ? t('items.totalCapped', { n: n.toLocaleString() }) : t('common.total', { n });

  return (
    <div data-testid="items-view">
      <Flex justify="space-between" align="start" gap={8} className="no-print">
        <FilterBar
          filters={filters}
          onChange={update}
          hide={hide}
          compact={phone}
          templateFields={templateFields}
        />
        {!phone && (
          <ColumnChooser
            available={available}
            hidden={hidden}
            onChange={setHidden}
            extra={templateFields.map((f) => ({ value: f.key, label: fieldTitle(f) }))}
            shownExtra={shownFields}
            onExtraChange={(cols) => update({ cols: cols.length ? cols : undefined, page: filters.page })}
          />
        )}
      </Flex>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : phone && !printing ? (
        <div data-testid="items-table" data-total={data?.total}>
          {query.isPending ? (
            <Loading />
          ) : data?.items.length ? (
            <ItemCards items={data.items} />
          ) : (
            <EmptyState text={t('items.empty')} />
          )}
          {data && data.total > 0 && (
            <div
              style={{ marginTop: 8, textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}
              data-testid="items-total"
            >
              {totalText(data.total)}
            </div>
          )}
          {data && data.total > pageSize && (
            <Pagination
              simple
              current={page}
              pageSize={pageSize}
              total={data.total}
              onChange={(p) => update({ page: p > 1 ? p : undefined })}
              style={{ marginTop: 12, textAlign: 'center' }}
            />
          )}
        </div>
      ) : (
        <Table<ItemListOut>
          rowKey="id"
          size="middle"
          bordered
          columns={columns}
          dataSource={data?.items}
          loading={query.isFetching}
          // Printed, the header must be the table's own <thead> (repeated on each page), not a sticky copy.
          sticky={printing ? false : { offsetHeader: 56 }}
          scroll={printing ? undefined : { x: 'max-content' }}
          locale={{ emptyText: query.isPending ? t('common.loading') : t('items.empty') }}
          onRow={() => ({ 'data-testid': 'item-row' }) as HTMLAttributes<HTMLElement>}
          data-testid="items-table"
          data-total={data?.total}
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action !== 'sort') return;
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const next = s?.order && s.columnKey ? sortFor(s.columnKey as ColumnKey, s.order) : undefined;
            // Code order is the default, except in a search (where the default is relevance).
            update({ sort: next && (next !== 'code' || filters.q) ? next : undefined, page: undefined });
          }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => <span data-testid="items-total">{totalText(n)}</span>,
            onChange: (p, size) =>
              update({
                page: p > 1 && size === pageSize ? p : undefined,
                pageSize: size !== PAGE_SIZE ? size : undefined,
              }),
          }}
        />
      )}
    </div>
  );
}

/**
 * Whether the page is being printed: the print dialog (beforeprint, rendered at
 * once with flushSync so the printout has the change) or print media emulated.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const change = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

function stripEmpty<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
