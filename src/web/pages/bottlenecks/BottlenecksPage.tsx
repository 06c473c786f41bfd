import { Button, Card, Empty, Flex, Grid, List, Segmented, Select, Table, Tag } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { OBSTACLE_CAUSES, type ObstacleCause } from '../../../core/enums.js';
import { OBSTACLE_CAUSE_LABELS } from '../../../core/labels.js';
import { useLedgers, useObstacleSummary, useObstacles } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { type CrossRow, crossRows, crossTotals } from './cross.js';

/** The obstacle list a click opens: the filter of the cell or block, in the address. */
const PICK_KEYS = ['cause', 'solverUnitId', 'rowLedgerId', 'blockedUnitId', 'pickLabel'] as const;

/**
 * /bottlenecks (堵点分析): open obstacles by cause × ledger × the unit that
 * must solve them, as a cross table whose cells open the obstacles behind
 * them, and which units hold back which (with the longest wait). On a phone
 * the table becomes one card per row, so nothing scrolls sideways.
 */
export function BottlenecksPage() {
  const { t, lang } = useI18n();
  const L = useLabel();
  const phone = !(Grid.useBreakpoint().md ?? true);
  const [params, setParams] = useSearchParams();
  const ledgerId = params.get('ledgerId') ?? undefined;
  const by = params.get('by') === 'ledger' ? 'ledger' : 'unit';
  const ledgers = useLedgers();
  const summary = useObstacleSummary(ledgerId);
  const listRef = useRef<HTMLDivElement>(null);

  const set = (changes: Record<string, string | undefined>, clearPick = false) => {
    const next = new URLSearchParams(params);
    if (clearPick) for (const k of PICK_KEYS) next.delete(k);
    for (const [k, v] of Object.entries(changes))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next, { replace: true });
  };
  const pick = (p: Partial<Record<(typeof PICK_KEYS)[number], string>>) => set(p, true);
  const picked = PICK_KEYS.some((k) => k !== 'pickLabel' && params.get(k));
  useEffect(() => {
    if (picked) listRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [picked]);

  const rows = useMemo(() => (summary.data ? crossRows(summary.data.cells, by) : []), [summary.data, by]);
  const totals = crossTotals(rows);
  const rowPick = (r: CrossRow, cause?: ObstacleCause) => {
    const what = [r.name, cause ? L(OBSTACLE_CAUSE_LABELS, cause) : null].filter(Boolean).join(' · ');
    pick({
      cause,
      ...(by === 'unit' ? { solverUnitId: r.id } : { rowLedgerId: r.id }),
      pickLabel: what,
    });
  };
  const count = (n: number, onClick: () => void, testId: string) =>
    n ? (
      <Button type="link" size="small" onClick={onClick} data-testid={testId} style={{ padding: 0 }}>
        {n}
      </Button>
    ) : (
      <span style={{ color: 'rgba(0,0,0,0.25)' }}>0</span>
    );

  const header = (
    <PageHeader
      title={t('bn.title')}
      subtitle={t('bn.subtitle')}
      extra={
        <Flex gap={8} wrap>
          <Select
            allowClear
            placeholder={t('bn.allLedgers')}
            value={ledgerId}
            onChange={(v) => set({ ledgerId: v }, true)}
            style={{ width: phone ? '100%' : 220, minWidth: 180 }}
            options={(ledgers.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
            data-testid="bn-ledger"
          />
          <Segmented
            value={by}
            onChange={(v) => set({ by: v === 'ledger' ? 'ledger' : undefined }, true)}
            options={[
              { value: 'unit', label: t('bn.byUnit') },
              { value: 'ledger', label: t('bn.byLedger') },
            ]}
            data-testid="bn-by"
          />
        </Flex>
      }
    />
  );
  if (summary.isPending)
    return (
      <div data-testid="bottlenecks-page">
        {header}
        <Loading />
      </div>
    );
  if (summary.isError)
    return (
      <div data-testid="bottlenecks-page">
        {header}
        <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
      </div>
    );
  const s = summary.data;
  return (
    <div data-testid="bottlenecks-page" data-total={s.total}>
      {header}
      {s.total === 0 ? (
        <Empty description={t('bn.none')} />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small" title={t('bn.cross')} data-testid="bn-cross">
            {phone ? (
              <Flex vertical gap={8}>
                {rows.map((r) => (
                  <div
                    key={r.id}
                    data-testid="bn-row"
                    style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
                  >
                    <Flex justify="space-between" align="baseline" gap={8}>
                      <strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{r.name}</strong>
                      {count(r.total, () => rowPick(r), 'bn-cell')}
                    </Flex>
                    <Flex wrap gap={6} style={{ marginTop: 4 }}>
                      {OBSTACLE_CAUSES.filter((c) => r.counts[c]).map((c) => (
                        <Tag
                          key={c}
                          color="volcano"
                          style={{ cursor: 'pointer', marginInlineEnd: 0 }}
                          onClick={() => rowPick(r, c)}
                          data-testid="bn-cell"
                          data-cause={c}
                        >
                          {L(OBSTACLE_CAUSE_LABELS, c)} {r.counts[c]}
                        </Tag>
                      ))}
                    </Flex>
                  </div>
                ))}
              </Flex>
            ) : (
              <Table<CrossRow>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={rows}
                onRow={() => ({ 'data-testid': 'bn-row' }) as React.HTMLAttributes<HTMLElement>}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <strong>{t('bn.total')}</strong>
                    </Table.Summary.Cell>
                    {OBSTACLE_CAUSES.map((c, i) => (
                      <Table.Summary.Cell index={i + 1} key={c} align="right">
                        {count(
                          totals.counts[c],
                          () => pick({ cause: c, pickLabel: L(OBSTACLE_CAUSE_LABELS, c) }),
                          'bn-cause-total',
                        )}
                      </Table.Summary.Cell>
                    ))}
                    <Table.Summary.Cell index={OBSTACLE_CAUSES.length + 1} align="right">
                      <strong>{totals.total}</strong>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
                columns={[
                  {
                    key: 'name',
                    title: by === 'unit' ? t('bn.solver') : t('items.ledger'),
                    render: (_, r) => r.name,
                  },
                  ...OBSTACLE_CAUSES.map((c) => ({
                    key: c,
                    title: L(OBSTACLE_CAUSE_LABELS, c),
                    align: 'right' as const,
                    width: 72,
                    render: (_: unknown, r: CrossRow) =>
                      count(r.counts[c], () => rowPick(r, c), `bn-cell-${c}`),
                  })),
                  {
                    key: 'total',
                    title: t('bn.total'),
                    align: 'right' as const,
                    width: 72,
                    render: (_: unknown, r: CrossRow) => count(r.total, () => rowPick(r), 'bn-cell-total'),
                  },
                ]}
              />
            )}
          </Card>
          <Card size="small" title={t('bn.blocks')} data-testid="bn-blocks">
            <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginBottom: 8 }}>
              {t('bn.blocksHint')}
            </div>
            <List
              size="small"
              dataSource={s.blocks}
              pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
              renderItem={(b) => (
                <List.Item
                  data-testid="bn-block"
                  style={{ cursor: 'pointer', paddingInline: 0 }}
                  onClick={() =>
                    pick({
                      solverUnitId: b.solverUnitId,
                      blockedUnitId: b.blockedUnitId,
                      pickLabel: `${b.solverUnitName} → ${b.blockedUnitName}`,
                    })
                  }
                >
                  <Flex wrap gap={8} align="baseline" style={{ width: '100%' }} justify="space-between">
                    <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      <strong>{b.solverUnitName}</strong> <span style={{ color: '#d4380d' }}>→</span>{' '}
                      {b.blockedUnitName}
                    </span>
                    <span style={{ whiteSpace: 'nowrap' }}>
                      <Tag color="volcano">
                        {t('bn.count')} {b.count}
                      </Tag>
                      <Tag color={b.oldestDays > 30 ? 'red' : b.oldestDays > 7 ? 'orange' : undefined}>
                        {t('bn.oldest')} {t('bn.days', { n: b.oldestDays })}
                      </Tag>
                    </span>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
          <div ref={listRef}>
            {picked && (
              <PickedObstacles ledgerId={ledgerId} params={params} onClear={() => pick({})} lang={lang} />
            )}
          </div>
        </Flex>
      )}
    </div>
  );
}

/** The open obstacles behind the clicked cell or block, each linking to its item. */
function PickedObstacles({
  ledgerId,
  params,
  onClear,
  lang,
}: {
  ledgerId?: string;
  params: URLSearchParams;
  onClear: () => void;
  lang: 'zh' | 'en';
}) {
  const { t } = useI18n();
  const L = useLabel();
  const q = useObstacles({
    status: 'open',
    pageSize: 100,
    ledgerId: params.get('rowLedgerId') ?? ledgerId,
    cause: params.get('cause') ?? undefined,
    solverUnitId: params.get('solverUnitId') ?? undefined,
    blockedUnitId: params.get('blockedUnitId') ?? undefined,
  });
  return (
    <Card
      size="small"
      title={t('bn.listOf', { what: params.get('pickLabel') ?? '' })}
      extra={
        <Button size="small" onClick={onClear}>
          {t('bn.clear')}
        </Button>
      }
      data-testid="bn-list"
      data-total={q.data?.total}
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <List
          size="small"
          dataSource={q.data.items}
          renderItem={(o) => (
            <List.Item data-testid="bn-obstacle" style={{ paddingInline: 0, display: 'block' }}>
              <Flex wrap gap={6} align="baseline">
                <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
                  {L(OBSTACLE_CAUSE_LABELS, o.cause)}
                </Tag>
                <Link to={`/items/${o.itemId}`} style={{ overflowWrap: 'anywhere' }}>
                  {o.itemCode} {o.itemTitle}
                </Link>
              </Flex>
              <div style={{ marginTop: 4, overflowWrap: 'anywhere' }}>{o.description}</div>
              <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                {t('bn.solver')}：{o.solverUnitName} · {t('bn.raised')} {fmtInstant(o.createdAt, lang)}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
