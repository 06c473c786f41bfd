import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { LIGHTS, type Light } from '../../../core/enums.js';
import { LIGHT_LABELS } from '../../../core/labels.js';
import { useTrend } from '../../backend/queries.js';
import type { TrendPoint } from '../../backend/types.js';
import type { ChartOption } from '../../charts/echarts.js';
import { LazyEChart } from '../../charts/LazyEChart.js';
import { EmptyState, QueryView } from '../../components/PageState.js';
import { LIGHT_COLORS } from '../../components/tags.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { itemsHref } from '../items/filters.js';
import { Panel } from './Panel.js';

const WEEKS = 12;

/** Lights week by week; a point opens the items of that light as of that week's end. */
export function TrendPanel({ asOf, ledgerId }: { asOf?: string; ledgerId?: string }) {
  const { t } = useI18n();
  const query = useTrend(WEEKS, asOf, ledgerId);
  return (
    <Panel title={t('cockpit.trend', { n: WEEKS })} testId="panel-trend">
      <QueryView query={query}>{(data) => <TrendChart points={data.items} ledgerId={ledgerId} />}</QueryView>
    </Panel>
  );
}

function TrendChart({ points, ledgerId }: { points: TrendPoint[]; ledgerId?: string }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: points.map((p) => fmtDate(p.weekEnd, lang, false)),
        boundaryGap: false,
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: LIGHTS.map((light) => ({
        type: 'line',
        name: L(LIGHT_LABELS, light),
        symbolSize: 7,
        itemStyle: { color: LIGHT_COLORS[light] },
        data: points.map((p) => ({ value: p[light], weekEnd: p.weekEnd, light })),
      })),
    }),
    [points, lang, L],
  );
  if (!points.length) return <EmptyState />;
  return (
    <LazyEChart
      option={option}
      height={260}
      testId="chart-trend"
      summary={points
        .map((p) => `${t('cockpit.weekOf', { date: p.weekEnd })}: ${p.red}/${p.yellow}/${p.green}`)
        .join('；')}
      onClick={(e) => {
        const d = e.data as { weekEnd?: string; light?: Light } | undefined;
        if (d?.weekEnd && d.light) navigate(itemsHref({ light: [d.light], asOf: d.weekEnd, ledgerId }));
      }}
    />
  );
}
