import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { LIGHTS, type Light } from '../../../core/enums.js';
import { LIGHT_LABELS } from '../../../core/labels.js';
import type { LedgerStats } from '../../backend/types.js';
import type { ChartOption } from '../../charts/echarts.js';
import { LazyEChart } from '../../charts/LazyEChart.js';
import { EmptyState } from '../../components/PageState.js';
import { LIGHT_COLORS } from '../../components/tags.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { itemsHref } from '../items/filters.js';
import { Panel } from './Panel.js';

type Segment = Light | 'completed';

/** Each ledger as a bar: open items by light, then completed ones; a segment opens those items. */
export function LedgerProgressPanel({ ledgers }: { ledgers: LedgerStats[] }) {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  // Bottom-up in a horizontal bar chart, so reverse to read top-down in the API's order.
  const rows = useMemo(() => [...ledgers].reverse(), [ledgers]);
  const option = useMemo<ChartOption>(() => {
    const segments: { key: Segment; name: string; color: string; value: (s: LedgerStats) => number }[] = [
      ...LIGHTS.map((light) => ({
        key: light,
        name: L(LIGHT_LABELS, light),
        color: LIGHT_COLORS[light],
        value: (s: LedgerStats) => s[light],
      })),
      {
        key: 'completed',
        name: t('cockpit.completed'),
        color: '#8c9bb0',
        value: (s: LedgerStats) => s.completed,
      },
    ];
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const list = params as { dataIndex: number }[];
          const s = rows[list[0]?.dataIndex ?? 0];
          if (!s) return '';
          return [
            `<b>${s.ledgerName}</b>`,
            `${t('cockpit.total')}：${s.total}　${t('cockpit.open')}：${s.open}`,
            `${L(LIGHT_LABELS, 'red')} ${s.red} · ${L(LIGHT_LABELS, 'yellow')} ${s.yellow} · ${L(LIGHT_LABELS, 'green')} ${s.green}`,
            `${t('cockpit.overdue')}：${s.overdue}　${t('cockpit.completed')}：${s.completed}`,
            `${t('cockpit.avgProgress')}：${Math.round(s.avgProgress)}%`,
          ].join('<br/>');
        },
      },
      legend: { top: 0 },
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((s) => s.ledgerName),
        axisLabel: { width: 120, overflow: 'break', lineHeight: 14 },
        triggerEvent: true,
      },
      series: segments.map((seg, i) => ({
        type: 'bar',
        name: seg.name,
        stack: 'items',
        barMaxWidth: 18,
        itemStyle: { color: seg.color },
        data: rows.map((s) => ({ value: seg.value(s), ledgerId: s.ledgerId, segment: seg.key })),
        label:
          i === segments.length - 1
            ? {
                show: true,
                position: 'right',
                formatter: (p: { dataIndex: number }) =>
                  `${Math.round(rows[p.dataIndex]?.avgProgress ?? 0)}%`,
                color: 'rgba(0,0,0,0.55)',
              }
            : undefined,
      })),
    };
  }, [rows, t, L]);

  return (
    <Panel
      title={t('cockpit.ledgerProgress')}
      testId="panel-ledgers"
      extra={<small>{t('cockpit.avgProgress')} %</small>}
    >
      {ledgers.length === 0 ? (
        <EmptyState />
      ) : (
        <LazyEChart
          option={option}
          height={Math.max(240, rows.length * 30 + 56)}
          testId="chart-ledgers"
          summary={ledgers.map((s) => `${s.ledgerName}：${s.total}`).join('；')}
          onClick={(e) => {
            if (e.componentType === 'yAxis') {
              const name = (e as unknown as { value?: string }).value;
              const hit = rows.find((r) => r.ledgerName === name);
              if (hit) navigate(`/ledgers/${hit.ledgerId}`);
              return;
            }
            const d = e.data as { ledgerId?: string; segment?: Segment } | undefined;
            if (!d?.ledgerId) return;
            navigate(
              d.segment === 'completed'
                ? itemsHref({ ledgerId: d.ledgerId, status: ['completed'] })
                : itemsHref({ ledgerId: d.ledgerId, light: d.segment ? [d.segment] : undefined }),
            );
          }}
        />
      )}
    </Panel>
  );
}
