import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { usePlans } from '../inspections/inspectionQueries.js';
import { PlanBuilder } from './PlanBuilder.js';

/** 走访计划: the office's plans with planned against done. */
export function PlansPage() {
  const t = useT();
  const me = useMe().data;
  const canPlan = !!me && canEnter(me.roles, 'inspect');
  const plans = usePlans();
  const [building, setBuilding] = useState(false);
  return (
    <>
      <PageHeader
        title={t('plan.title')}
        testId="page-title"
        extra={
          canPlan && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setBuilding(true)}
              data-testid="new-plan"
            >
              {t('plan.new')}
            </Button>
          )
        }
      />
      <QueryView query={plans}>
        {(data) =>
          data.items.length ? (
            <Flex vertical gap={12}>
              {data.items.map((p) => (
                <Card key={p.id} size="small" data-testid="plan-card">
                  <Flex wrap gap={16} align="center" justify="space-between">
                    <Flex vertical style={{ flex: '1 1 240px' }}>
                      <Link to={`/plans/${p.id}`} style={{ fontSize: 15 }}>
                        {p.title}
                      </Link>
                      <Typography.Text type="secondary">
                        {p.firstDay} ~ {p.lastDay} · {p.createdByName}
                      </Typography.Text>
                    </Flex>
                    <Flex vertical style={{ width: 240 }}>
                      <Progress percent={p.planned ? Math.round((p.done / p.planned) * 100) : 0} />
                      <Typography.Text type="secondary">
                        {t('plan.planned')} {p.planned} · {t('plan.done')} {p.done}
                        {p.overdue ? ` · ${t('plan.overdue')} ${p.overdue}` : ''}
                      </Typography.Text>
                    </Flex>
                  </Flex>
                </Card>
              ))}
            </Flex>
          ) : (
            <Empty description={t('plan.none')} />
          )
        }
      </QueryView>
      {canPlan && <PlanBuilder open={building} onClose={() => setBuilding(false)} />}
    </>
  );
}
