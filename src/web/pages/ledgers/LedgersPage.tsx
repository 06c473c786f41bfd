import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LIGHTS } from '../../../core/enums.js';
import { LIGHT_LABELS } from '../../../core/labels.js';
import { canEnter } from '../../auth/roles.js';
import { useLedgers, useMe, useOverview } from '../../backend/queries.js';
import type { LedgerOut, LedgerStats } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EmptyState, QueryView } from '../../components/PageState.js';
import { LIGHT_COLORS } from '../../components/tags.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { itemsHref } from '../items/filters.js';
import { LedgerFormDrawer } from './LedgerFormDrawer.js';

/** 台账: the ledgers of the year, each with its counts; open one to see its table. */
export function LedgersPage() {
  const t = useT();
  const me = useMe().data;
  const ledgers = useLedgers();
  const overview = useOverview({});
  const canEdit = !!me && canEnter(me.roles, 'editLedgers');
  const [editing, setEditing] = useState<LedgerOut | 'new' | null>(null);
  const statsById = new Map((overview.data?.byLedger ?? []).map((s) => [s.ledgerId, s]));

  return (
    <>
      <PageHeader
        title={t('ledgers.title')}
        testId="page-title"
        extra={
          <>
            <Link to="/items">
              <Button>{t('nav.items')}</Button>
            </Link>
            {canEdit && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="new-ledger"
              >
                {t('ledgers.new')}
              </Button>
            )}
          </>
        }
      />
      <QueryView query={ledgers}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState />
          ) : (
            <Row gutter={[16, 16]} data-testid="ledger-list">
              {data.items.map((ledger) => (
                <Col xs={24} sm={12} xl={8} xxl={6} key={ledger.id}>
                  <LedgerCard
                    ledger={ledger}
                    stats={statsById.get(ledger.id)}
                    onEdit={canEdit ? () => setEditing(ledger) : undefined}
                  />
                </Col>
              ))}
            </Row>
          )
        }
      </QueryView>
      {canEdit && (
        <LedgerFormDrawer
          open={editing !== null}
          ledger={editing && editing !== 'new' ? editing : undefined}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function LedgerCard({
  ledger,
  stats,
  onEdit,
}: {
  ledger: LedgerOut;
  stats?: LedgerStats;
  onEdit?: () => void;
}) {
  const t = useT();
  const L = useLabel();
  return (
    <Card
      size="small"
      data-testid="ledger-card"
      data-ledger-id={ledger.id}
      title={
        <Link to={`/ledgers/${ledger.id}`} data-testid="ledger-link">
          {ledger.name}
        </Link>
      }
      extra={
        <Flex gap={4} align="center">
          <Tag>
            {ledger.year} · {ledger.code}
          </Tag>
          {ledger.archived && <Tag>{t('common.archived')}</Tag>}
          {onEdit && (
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              onClick={onEdit}
              aria-label={t('common.edit')}
              data-testid="edit-ledger"
            />
          )}
        </Flex>
      }
      style={{ height: '100%' }}
    >
      {ledger.description && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ fontSize: 13 }}>
          {ledger.description}
        </Typography.Paragraph>
      )}
      {stats ? (
        <>
          <Flex gap={16} wrap style={{ marginBottom: 8 }}>
            <span>
              {t('cockpit.total')} <b>{stats.total}</b>
            </span>
            <span>
              {t('cockpit.open')} <b>{stats.open}</b>
            </span>
            <Link to={itemsHref({ ledgerId: ledger.id, overdue: true })}>
              {t('cockpit.overdue')}{' '}
              <b style={{ color: stats.overdue ? LIGHT_COLORS.red : undefined }}>{stats.overdue}</b>
            </Link>
          </Flex>
          <Flex gap={12} wrap style={{ marginBottom: 8 }}>
            {LIGHTS.map((light) => (
              <Link key={light} to={itemsHref({ ledgerId: ledger.id, light: [light] })}>
                <Tag color={LIGHT_COLORS[light]}>
                  {L(LIGHT_LABELS, light)} {stats[light]}
                </Tag>
              </Link>
            ))}
          </Flex>
          <Progress percent={Math.round(stats.avgProgress)} size="small" />
        </>
      ) : null}
    </Card>
  );
}
