import { Card, Flex, Progress, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { INSPECTION_METHOD_LABELS, VISIT_REASON_LABELS } from '../../../core/inspection.js';
import type { VisitOut } from '../../../core/schemas/inspection.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { usePlan } from '../inspections/inspectionQueries.js';

/** One visit plan: planned against done, per inspector and visit by visit. */
export function PlanPage() {
  const { id } = useParams();
  const t = useT();
  const L = useLabel();
  const plan = usePlan(id);
  return (
    <QueryView query={plan}>
      {(p) => (
        <>
          <PageHeader
            title={p.title}
            back="/plans"
            testId="page-title"
            subtitle={`${p.firstDay} ~ ${p.lastDay}`}
          />
          <Flex vertical gap={16}>
            <Card title={t('plan.progress')}>
              <Progress percent={p.planned ? Math.round((p.done / p.planned) * 100) : 0} />
              <Flex wrap gap={24} style={{ marginTop: 12 }}>
                {p.byInspector.map((b) => (
                  <Flex key={b.inspectorId} vertical style={{ width: 200 }} data-testid="plan-inspector">
                    <span>{b.inspectorName}</span>
                    <Progress
                      size="small"
                      percent={Math.round((b.done / b.planned) * 100)}
                      format={() => `${b.done}/${b.planned}`}
                    />
                  </Flex>
                ))}
              </Flex>
            </Card>
            <Table<VisitOut>
              rowKey="id"
              size="small"
              scroll={{ x: 760 }}
              dataSource={p.visits}
              pagination={false}
              columns={[
                { title: t('plan.day'), dataIndex: 'plannedOn', width: 110 },
                {
                  title: t('ingest.titleField'),
                  render: (_, v) => (
                    <Link to={`/items/${v.itemId}`}>
                      {v.itemCode} {v.itemTitle}
                    </Link>
                  ),
                },
                { title: t('ins.leadUnit'), dataIndex: 'unitName', width: 120 },
                { title: t('plan.inspector'), dataIndex: 'inspectorName', width: 100 },
                {
                  title: t('ins.method'),
                  dataIndex: 'method',
                  width: 100,
                  render: (m: VisitOut['method']) => L(INSPECTION_METHOD_LABELS, m),
                },
                {
                  title: t('plan.reasons'),
                  dataIndex: 'reasons',
                  width: 140,
                  render: (rs: VisitOut['reasons']) =>
                    rs.map((r) => <Tag key={r}>{L(VISIT_REASON_LABELS, r)}</Tag>),
                },
                {
                  title: t('plan.done'),
                  width: 120,
                  render: (_, v) =>
                    v.inspectionId ? (
                      <Link to={`/inspections/${v.inspectionId}`}>
                        <Tag color="green">{v.doneOn}</Tag>
                      </Link>
                    ) : v.overdue ? (
                      <Tag color="red">{t('plan.overdue')}</Tag>
                    ) : (
                      <Tag>{t('plan.planned')}</Tag>
                    ),
                },
              ]}
            />
          </Flex>
        </>
      )}
    </QueryView>
  );
}
