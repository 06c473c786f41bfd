import { DownOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Dropdown, Row } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { canEnter } from '../../auth/roles.js';
import { useLedgers, useMe, useOverview } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AtRiskPanel } from './AtRiskPanel.js';
import { LedgerProgressPanel } from './LedgerProgressPanel.js';
import { LightPiePanel } from './LightPiePanel.js';
import { MeetingDecisionsPanel } from './MeetingDecisionsPanel.js';
import { cockpitParams } from './params.js';
import { TotalsPanel } from './TotalsPanel.js';
import { TrendPanel } from './TrendPanel.js';
import { UnitRankingPanel } from './UnitRankingPanel.js';
import { BottleneckPanel, WorkflowCountsPanel } from './WorkflowPanels.js';

/**
 * 领导驾驶舱: the whole district at a glance. Numbers first (they need no chart
 * library), charts as their chunk arrives; every number and chart opens the
 * items behind it. `?ledgerId=` narrows the cockpit to one ledger.
 */
export function CockpitPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const { ledgerId, asOf } = cockpitParams(params);
  const overview = useOverview({ asOf, ledgerId });
  const ledgers = useLedgers();
  const me = useMe().data;

  const current = ledgers.data?.items.find((l) => l.id === ledgerId);
  // A dropdown menu rather than a Select: the menu code is already loaded for the side bar.
  const ledgerPicker = (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [ledgerId ?? ''],
        style: { maxHeight: 420, overflowY: 'auto' },
        items: [
          { key: '', label: t('cockpit.allLedgers') },
          ...(ledgers.data?.items ?? []).map((l) => ({ key: l.id, label: l.name })),
        ],
        onClick: ({ key }) => {
          const next = new URLSearchParams(params);
          if (key) next.set('ledgerId', key);
          else next.delete('ledgerId');
          setParams(next);
        },
      }}
    >
      <Button data-testid="cockpit-ledger" aria-label={t('items.ledger')}>
        {current?.name ?? t('cockpit.allLedgers')} <DownOutlined />
      </Button>
    </Dropdown>
  );

  return (
    <div data-testid="cockpit">
      <PageHeader
        title={t('cockpit.title')}
        testId="page-title"
        subtitle={
          overview.data ? (
            <span data-testid="cockpit-as-of">
              {t('cockpit.asOf', { date: fmtDate(overview.data.asOf, lang, true) })} ·{' '}
              {t('cockpit.clickHint')}
            </span>
          ) : null
        }
        extra={
          <>
            {ledgerPicker}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void overview.refetch()}
              loading={overview.isFetching}
              aria-label={t('common.refresh')}
            />
          </>
        }
      />
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          {/* The cockpit's first answer: what is late, why, and who answers for it — above the fold. */}
          <Col span={24}>
            <AtRiskPanel ledgerId={ledgerId} asOf={asOf} />
          </Col>
          <Col span={24}>
            <TotalsPanel stats={overview.data} ledgerId={ledgerId} />
          </Col>
          <Col xs={24} lg={8}>
            <LightPiePanel stats={overview.data} ledgerId={ledgerId} />
          </Col>
          <Col xs={24} lg={16}>
            <TrendPanel asOf={asOf} ledgerId={ledgerId} />
          </Col>
          <Col xs={24} xl={12}>
            <LedgerProgressPanel ledgers={overview.data.byLedger} />
          </Col>
          <Col xs={24} xl={12}>
            <UnitRankingPanel asOf={asOf} ledgerId={ledgerId} />
          </Col>
          <Col span={24}>
            <WorkflowCountsPanel
              only={['unacknowledged', 'reportsToReview', 'instructionsOpen', 'openObstacles']}
            />
          </Col>
          <Col span={24}>
            <BottleneckPanel />
          </Col>
          {me && canEnter(me.roles, 'editMeetings') && (
            <Col span={24}>
              <MeetingDecisionsPanel />
            </Col>
          )}
        </Row>
      )}
    </div>
  );
}
