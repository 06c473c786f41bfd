import { Card, Col, Flex, Row, Statistic, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { LIGHTS, type Light } from '../../../core/enums.js';
import { LIGHT_LABELS } from '../../../core/labels.js';
import { useItems, useMe, usePendingInstructions } from '../../backend/queries.js';
import type { ItemListOut, Me } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, ErrorState, Loading } from '../../components/PageState.js';
import { LIGHT_COLORS, LightDot, LightTag, StatusTag } from '../../components/tags.js';
import { fmtDate, todayInChina } from '../../i18n/format.js';
import { useI18n, useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { WorkflowCountsPanel } from '../cockpit/WorkflowPanels.js';
import { itemsHref, OPEN_STATUSES } from '../items/filters.js';
import { AwaitingNotices } from '../notices/AwaitingNotices.js';

/** 我的事项: a unit user's start page — my unit's open items by light, what is due this week, what waits for us. */
export function UnitHomePage() {
  const { t } = useI18n();
  const me = useMe().data as Me;
  return (
    <div data-testid="unit-home">
      <PageHeader
        title={t('home.title')}
        testId="page-title"
        subtitle={me.unitName ? t('home.unit', { unit: me.unitName }) : undefined}
        extra={
          me.unitId ? (
            <Link to={itemsHref({ unitId: me.unitId })} data-testid="home-all">
              {t('home.allMine')}
            </Link>
          ) : null
        }
      />
      {me.unitId ? <UnitHome unitId={me.unitId} /> : <EmptyState text={t('home.noUnit')} />}
    </div>
  );
}

function LightCount({ unitId, light }: { unitId: string; light: Light }) {
  const L = useLabel();
  const q = useItems({ unitId, light, status: OPEN_STATUSES, page: 1, pageSize: 1 });
  return (
    <Link to={itemsHref({ unitId, light: [light] })}>
      <Card size="small" hoverable>
        <Statistic
          title={
            <>
              <LightDot light={light} />
              {L(LIGHT_LABELS, light)}
            </>
          }
          value={q.data?.total ?? 0}
          loading={q.isPending}
          styles={{ content: { color: LIGHT_COLORS[light], fontWeight: 600 } }}
          data-testid={`home-light-${light}`}
        />
      </Card>
    </Link>
  );
}

function UnitHome({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const today = todayInChina();
  // The office's week runs Monday to Sunday.
  const weekEnd = dayjs(today)
    .add((7 - dayjs(today).day()) % 7, 'day')
    .format('YYYY-MM-DD');
  const overdue = useItems({ unitId, overdue: 'true', page: 1, pageSize: 1 });
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card size="small" title={t('home.byLight')}>
          <Row gutter={[12, 12]}>
            {LIGHTS.map((light) => (
              <Col xs={12} md={6} key={light}>
                <LightCount unitId={unitId} light={light} />
              </Col>
            ))}
            <Col xs={12} md={6}>
              <Link to={itemsHref({ unitId, overdue: true })}>
                <Card size="small" hoverable>
                  <Statistic
                    title={t('cockpit.overdue')}
                    value={overdue.data?.total ?? 0}
                    loading={overdue.isPending}
                    styles={{
                      content: { color: overdue.data?.total ? LIGHT_COLORS.red : undefined, fontWeight: 600 },
                    }}
                    data-testid="home-overdue"
                  />
                </Card>
              </Link>
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <WorkflowCountsPanel
          only={['unacknowledged', 'reportsReturned', 'instructionsOpen', 'openObstacles']}
        />
      </Col>
      <PendingInstructions />
      <AwaitingNotices />
      <Col xs={24} lg={8}>
        <ItemList
          title={t('home.atRisk')}
          testId="home-at-risk"
          empty={t('home.atRiskEmpty')}
          query={{ unitId, light: ['red', 'yellow'], status: OPEN_STATUSES, sort: 'dueDate' }}
          href={itemsHref({ unitId, light: ['red', 'yellow'], status: OPEN_STATUSES })}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ItemList
          title={t('wf.unacknowledged')}
          testId="home-awaiting"
          empty={t('home.awaitingEmpty')}
          query={{ unacknowledged: 'true', sort: 'dueDate' }}
          href={itemsHref({ unitId, status: ['assigned'] })}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ItemList
          title={t('home.dueThisWeek')}
          testId="home-due"
          empty={t('home.dueEmpty')}
          query={{ unitId, status: OPEN_STATUSES, dueFrom: today, dueTo: weekEnd, sort: 'dueDate' }}
          href={itemsHref({ unitId, status: OPEN_STATUSES, dueFrom: today, dueTo: weekEnd })}
        />
      </Col>
    </Row>
  );
}

function ItemList({
  title,
  query,
  href,
  empty,
  testId,
}: {
  title: string;
  query: Record<string, string | string[]>;
  href: string;
  empty: string;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const q = useItems({ ...query, page: 1, pageSize: 10 });
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        q.data && q.data.total > 0 ? (
          <Link to={href}>{`${t('common.viewList')}（${q.data.total}）`}</Link>
        ) : null
      }
    >
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <EmptyState text={empty} />
      ) : (
        <div>
          {q.data.items.map((item) => (
            <Flex
              key={item.id}
              vertical
              gap={4}
              style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
              data-testid="home-row"
            >
              <Flex justify="space-between" gap={8}>
                <Link to={`/items/${item.id}`} data-testid="home-item">
                  {item.title}
                </Link>
                <LightTag light={item.light} reasons={item.lightReasons} />
              </Flex>
              <Flex gap={8} wrap style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)' }} align="center">
                <UnitRoleTag item={item} unitId={String(query.unitId ?? '')} />
                <span>{item.code}</span>
                <span>
                  {t('items.dueDate')} {fmtDate(item.currentDueDate, lang)}
                </span>
                <StatusTag status={item.status} />
              </Flex>
            </Flex>
          ))}
        </div>
      )}
    </Card>
  );
}

const ROLE_WORDS = {
  lead: { key: 'home.asLead', color: 'volcano' },
  undertaking: { key: 'home.asUndertaking', color: 'geekblue' },
  cooperating: { key: 'home.asCooperating', color: 'blue' },
} as const;

/** Whether this unit leads, undertakes or cooperates on the item: a lead unit answers for it. */
function UnitRoleTag({ item, unitId }: { item: ItemListOut; unitId: string }) {
  const t = useT();
  const role = item.responsibilities.find((r) => r.unitId === unitId)?.role;
  if (!role) return null;
  const w = ROLE_WORDS[role];
  return (
    <Tag color={w.color} style={{ marginInlineEnd: 0 }} data-testid="home-role" data-role={role}>
      {t(w.key)}
    </Tag>
  );
}

/** Leader instructions my unit has still to acknowledge, each opening its item. */
function PendingInstructions() {
  const { t } = useI18n();
  const q = usePendingInstructions();
  if (!q.data?.items.length) return null;
  return (
    <Col span={24}>
      <Card size="small" title={t('wf.instructionsOpen')} data-testid="home-instructions">
        {q.data.items.map((i) => (
          <div key={i.id} style={{ marginBottom: 6 }}>
            <Link to={`/items/${i.itemId}`}>
              {i.itemCode} {i.itemTitle}
            </Link>
            <div style={{ color: 'rgba(0,0,0,0.65)' }}>
              {i.authorName}：{i.content}
            </div>
          </div>
        ))}
      </Card>
    </Col>
  );
}
