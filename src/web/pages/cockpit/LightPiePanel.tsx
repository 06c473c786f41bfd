import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { LIGHTS, type Light } from '../../../core/enums.js';
import { LIGHT_LABELS } from '../../../core/labels.js';
import type { OverviewStats } from '../../backend/types.js';
import type { ChartOption } from '../../charts/echarts.js';
import { LazyEChart } from '../../charts/LazyEChart.js';
import { LIGHT_COLORS } from '../../components/tags.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { itemsHref } from '../items/filters.js';
import { Panel } from './Panel.js';

/** Open items by light as a ring; a slice opens the items of that light. */
export function LightPiePanel({ stats, ledgerId }: { stats: OverviewStats; ledgerId?: string }) {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, data: LIGHTS.map((light) => L(LIGHT_LABELS, light)) },
      series: [
        {
          type: 'pie',
          radius: ['40%', '62%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{c}', overflow: 'none' },
          // Empty slices would only stack their "0" labels on top of each other.
          data: LIGHTS.filter((light) => (stats.byLight[light] ?? 0) > 0).map((light) => ({
            name: L(LIGHT_LABELS, light),
            value: stats.byLight[light] ?? 0,
            light,
            itemStyle: { color: LIGHT_COLORS[light] },
          })),
        },
      ],
    }),
    [stats, L],
  );
  const summary = LIGHTS.map((l) => `${L(LIGHT_LABELS, l)} ${stats.byLight[l] ?? 0}`).join('，');
  return (
    <Panel title={t('cockpit.lights')} testId="panel-lights">
      <LazyEChart
        option={option}
        height={260}
        summary={summary}
        testId="chart-lights"
        onClick={(e) => {
          const light = (e.data as { light?: Light } | undefined)?.light;
          if (light) navigate(itemsHref({ ledgerId, light: [light] }));
        }}
      />
    </Panel>
  );
}
