import { Col, Empty, Flex, Progress, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { OBSTACLE_CAUSE_LABELS } from '../../../core/labels.js';
import { useObstacleSummary, useWorkflowCounts } from '../../backend/queries.js';
import type { WorkflowCounts } from '../../backend/types.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Panel } from './Panel.js';

const COUNTS: { key: keyof WorkflowCounts; label: MessageKey }[] = [
  { key: 'unacknowledged', label: 'wf.unacknowledged' },
  { key: 'reportsToReview', label: 'wf.reportsToReview' },
  { key: 'reportsReturned', label: 'wf.reportsReturned' },
  { key: 'instructionsOpen', label: 'wf.instructionsOpen' },
  { key: 'openObstacles', label: 'wf.openObstacles' },
];

/** What waits for whom: assignments not acknowledged, reports to review or returned, instructions, obstacles. */
export function WorkflowCountsPanel({ only }: { only?: (keyof WorkflowCounts)[] }) {
  const t = useT();
  const q = useWorkflowCounts();
  const shown = COUNTS.filter((c) => !only || only.includes(c.key));
  return (
    <Panel title={t('wf.pending')} testId="workflow-panel">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Row gutter={[12, 12]}>
          {shown.map((c) => (
            <Col xs={12} md={24 / shown.length > 4 ? 24 / shown.length : 6} key={c.key} flex="1">
              <Statistic
                title={t(c.label)}
                value={q.data[c.key]}
                styles={{ content: { color: q.data[c.key] ? '#d46b08' : undefined, fontWeight: 600 } }}
                data-testid={`workflow-${c.key}`}
                data-value={q.data[c.key]}
              />
            </Col>
          ))}
        </Row>
      )}
    </Panel>
  );
}

/** 瓶颈: open obstacles by cause, the units with the most to solve, and which units hold back which. */
export function BottleneckPanel() {
  const t = useT();
  const L = useLabel();
  const q = useObstacleSummary();
  return (
    <Panel
      title={t('wf.bottlenecks')}
      testId="bottleneck-panel"
      extra={
        <Link to="/bottlenecks" data-testid="bottleneck-open">
          {t('bn.open')}
        </Link>
      }
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wf.noBottlenecks')} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} md={8}>
            <h3 style={{ fontSize: 14, margin: '0 0 8px' }}>{t('wf.byCause')}</h3>
            {q.data.byCause.map((c) => (
              <Flex key={c.cause} gap={8} align="center" data-testid="bottleneck-cause" data-cause={c.cause}>
                <Link
                  to={`/bottlenecks?${new URLSearchParams({ cause: c.cause, pickLabel: L(OBSTACLE_CAUSE_LABELS, c.cause) })}`}
                  style={{ width: 48 }}
                >
                  {L(OBSTACLE_CAUSE_LABELS, c.cause)}
                </Link>
                <Progress
                  percent={Math.round((100 * c.count) / q.data.total)}
                  format={() => c.count}
                  size="small"
                  strokeColor="#d4380d"
                  style={{ flex: 1, margin: 0 }}
                />
              </Flex>
            ))}
          </Col>
          <Col xs={24} md={8}>
            <h3 style={{ fontSize: 14, margin: '0 0 8px' }}>{t('wf.bySolver')}</h3>
            {Object.entries(
              q.data.bySolver.reduce<Record<string, { name: string; n: number; causes: string[] }>>(
                (acc, r) => {
                  const e = acc[r.unitId] ?? { name: r.unitName, n: 0, causes: [] };
                  e.n += r.count;
                  e.causes.push(`${L(OBSTACLE_CAUSE_LABELS, r.cause)} ${r.count}`);
                  acc[r.unitId] = e;
                  return acc;
                },
                {},
              ),
            )
              .sort((a, b) => b[1].n - a[1].n)
              .slice(0, 8)
              .map(([id, e]) => (
                <div key={id} style={{ marginBottom: 4 }}>
                  <strong>{e.name}</strong>{' '}
                  <Statistic
                    value={e.n}
                    styles={{ content: { fontSize: 14, display: 'inline' } }}
                    style={{ display: 'inline' }}
                  />
                  <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}> （{e.causes.join('、')}）</span>
                </div>
              ))}
          </Col>
          <Col xs={24} md={8}>
            <h3 style={{ fontSize: 14, margin: '0 0 8px' }}>{t('wf.blocks')}</h3>
            {q.data.blocks.slice(0, 8).map((b) => (
              <div
                key={`${b.blockedUnitId}-${b.solverUnitId}`}
                style={{ marginBottom: 4 }}
                data-testid="bottleneck-block"
              >
                <Link
                  to={`/bottlenecks?${new URLSearchParams({
                    solverUnitId: b.solverUnitId,
                    blockedUnitId: b.blockedUnitId,
                    pickLabel: `${b.solverUnitName} → ${b.blockedUnitName}`,
                  })}`}
                >
                  {b.blockedUnitName} <span style={{ color: '#d4380d' }}>←</span> {b.solverUnitName}{' '}
                  <span style={{ color: 'rgba(0,0,0,0.45)' }}>
                    × {b.count} · {t('bn.days', { n: b.oldestDays })}
                  </span>
                </Link>
              </div>
            ))}
          </Col>
        </Row>
      )}
    </Panel>
  );
}
