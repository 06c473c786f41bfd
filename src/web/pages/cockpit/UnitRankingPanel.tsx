import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { UNIT_KINDS, type UnitKind } from '../../../core/enums.js';
import { UNIT_KIND_LABELS } from '../../../core/labels.js';
import { rankUnitsByLateness } from '../../../core/ranking.js';
import { useUnitStats } from '../../backend/queries.js';
import type { UnitStats } from '../../backend/types.js';
import type { ChartOption } from '../../charts/echarts.js';
import { LazyEChart } from '../../charts/LazyEChart.js';
import { EmptyState, QueryView } from '../../components/PageState.js';
import { LIGHT_COLORS } from '../../components/tags.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { itemsHref } from '../items/filters.js';
import { Panel } from './Panel.js';

/** Worst first by the core ranking: what the unit leads, then what it shares; red-only units left out. */
export function rankUnits(units: readonly UnitStats[]): UnitStats[] {
  return rankUnitsByLateness(units.filter((u) => u.overdue > 0 || u.completedLate > 0));
}

/** Units ranked by overdue and late counts, within one kind of unit when chosen (comparable units). */
export function UnitRankingPanel({ asOf, ledgerId }: { asOf?: string; ledgerId?: string }) {
  const t = useT();
  const L = useLabel();
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const query = useUnitStats({ asOf, ledgerId, kind: kind === 'all' ? undefined : kind });
  const navigate = useNavigate();

  return (
    <Panel
      title={t('cockpit.unitRanking')}
      testId="panel-units"
      extra={
        <Segmented
          size="small"
          value={kind}
          onChange={(v) => setKind(v as UnitKind | 'all')}
          options={[
            { value: 'all', label: t('common.all') },
            ...UNIT_KINDS.filter((k) => k !== 'other').map((k) => ({
              value: k,
              label: L(UNIT_KIND_LABELS, k),
            })),
          ]}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          data-testid="unit-kind"
        />
      }
    >
      <QueryView query={query}>
        {(data) => (
          <UnitChart units={rankUnits(data.items)} ledgerId={ledgerId} onPick={(href) => navigate(href)} />
        )}
      </QueryView>
    </Panel>
  );
}

function UnitChart({
  units,
  ledgerId,
  onPick,
}: {
  units: UnitStats[];
  ledgerId?: string;
  onPick: (href: string) => void;
}) {
  const t = useT();
  const rows = useMemo(() => [...units].reverse(), [units]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        // The axis shows short names; the tooltip names the unit in full.
        formatter: (params: unknown) => {
          const list = params as { dataIndex: number; seriesName: string; value: number; marker: string }[];
          const u = rows[list[0]?.dataIndex ?? 0];
          if (!u) return '';
          return [`<b>${u.unitName}</b>`, ...list.map((p) => `${p.marker}${p.seriesName}：${p.value}`)].join(
            '<br/>',
          );
        },
      },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((u) => u.unitShortName || u.unitName),
        axisLabel: { width: 120, overflow: 'break', lineHeight: 14 },
      },
      series: [
        {
          type: 'bar',
          stack: 'overdue',
          name: t('cockpit.leadOverdue'),
          barMaxWidth: 14,
          itemStyle: { color: LIGHT_COLORS.red },
          data: rows.map((u) => ({ value: u.leadOverdue, unitId: u.unitId, kind: 'overdue' })),
        },
        {
          type: 'bar',
          stack: 'overdue',
          name: t('cockpit.sharedOverdue'),
          barMaxWidth: 14,
          itemStyle: { color: '#f0a0a0' },
          data: rows.map((u) => ({ value: u.overdue - u.leadOverdue, unitId: u.unitId, kind: 'overdue' })),
        },
        {
          type: 'bar',
          name: t('cockpit.completedLateCount'),
          barMaxWidth: 14,
          itemStyle: { color: '#c9a227' },
          data: rows.map((u) => ({ value: u.completedLate, unitId: u.unitId, kind: 'late' })),
        },
      ],
    }),
    [rows, t],
  );
  if (!units.length) return <EmptyState text={t('cockpit.noUnitsLate')} />;
  return (
    <LazyEChart
      option={option}
      height={Math.max(220, rows.length * 34 + 48)}
      testId="chart-units"
      summary={units
        .map((u) => `${u.unitName} ${u.leadOverdue}+${u.overdue - u.leadOverdue}/${u.completedLate}`)
        .join('；')}
      onClick={(e) => {
        const d = e.data as { unitId?: string; kind?: string } | undefined;
        if (!d?.unitId) return;
        onPick(
          d.kind === 'overdue'
            ? itemsHref({ unitId: d.unitId, overdue: true, ledgerId })
            : itemsHref({ unitId: d.unitId, status: ['completed'], ledgerId }),
        );
      }}
    />
  );
}
