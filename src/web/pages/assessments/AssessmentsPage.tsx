import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { GRADE_LABELS } from '../../../core/inspection.js';
import type { AssessmentOut } from '../../../core/schemas/checklist.js';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { LazyEChart } from '../../charts/LazyEChart.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { useAssessments, useChecklists } from '../inspections/inspectionQueries.js';
import { AssessmentDrawer } from './AssessmentDrawer.js';
import { ChecklistDrawer } from './ChecklistDrawer.js';

const GRADE_COLORS = { excellent: 'green', good: 'blue', pass: 'default', fail: 'red' } as const;

/** 考评: checklists, assessments newest first, and a unit's history as a chart. A unit sees its own. */
export function AssessmentsPage() {
  const t = useT();
  const L = useLabel();
  const me = useMe().data;
  const canAssess = !!me && canEnter(me.roles, 'editAssessments');
  const isUnit = !!me?.unitId && !canAssess && !canEnter(me.roles, 'plans');
  const [unitId, setUnitId] = useState<string | undefined>();
  const checklists = useChecklists();
  const list = useAssessments({ unitId });
  const [assessing, setAssessing] = useState(false);
  const [newChecklist, setNewChecklist] = useState(false);
  const history = [...(list.data?.items ?? [])].reverse();
  const showChart = (unitId || isUnit) && history.length > 0;

  return (
    <>
      <PageHeader
        title={t('asm.title')}
        testId="page-title"
        extra={
          canAssess && (
            <>
              <Button onClick={() => setNewChecklist(true)}>{t('asm.newChecklist')}</Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAssessing(true)}
                data-testid="new-assessment"
              >
                {t('asm.new')}
              </Button>
            </>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t('asm.checklists')}>
          <QueryView query={checklists}>
            {(d) => (
              <Flex wrap gap={12}>
                {d.items.map((c) => (
                  <Card key={c.id} size="small" style={{ minWidth: 240 }} title={c.name}>
                    {c.criteria.map((k) => (
                      <Tag key={k.id}>
                        {k.title} {k.weight}
                      </Tag>
                    ))}
                  </Card>
                ))}
              </Flex>
            )}
          </QueryView>
        </Card>
        {!isUnit && (
          <UnitSelect
            allowClear
            placeholder={t('asm.pickUnit')}
            value={unitId}
            onChange={setUnitId}
            style={{ maxWidth: 320 }}
          />
        )}
        {showChart && (
          <Card size="small" title={t('asm.history')} data-testid="assessment-chart">
            <LazyEChart
              height={260}
              summary={t('asm.history')}
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 40, right: 16, top: 24, bottom: 32 },
                xAxis: { type: 'category', data: history.map((a) => a.assessedOn) },
                yAxis: { type: 'value', min: 0, max: 100 },
                series: [
                  {
                    type: 'line',
                    name: '%',
                    data: history.map((a) => a.percent),
                    smooth: true,
                    label: { show: true },
                  },
                ],
              }}
            />
          </Card>
        )}
        <QueryView query={list}>
          {(d) =>
            d.items.length ? (
              <Table<AssessmentOut>
                rowKey="id"
                size="middle"
                scroll={{ x: 640 }}
                dataSource={d.items}
                pagination={false}
                data-testid="assessments-table"
                columns={[
                  { title: t('asm.date'), dataIndex: 'assessedOn', width: 110 },
                  {
                    title: t('asm.unit'),
                    dataIndex: 'unitName',
                    render: (v: string, a) => <Link to={`/assessments/${a.id}`}>{v}</Link>,
                  },
                  { title: t('asm.checklist'), dataIndex: 'checklistName' },
                  {
                    title: t('asm.total'),
                    width: 120,
                    render: (_, a) => `${a.total} / ${a.maxTotal}`,
                  },
                  {
                    title: t('asm.grade'),
                    width: 90,
                    render: (_, a) => <Tag color={GRADE_COLORS[a.grade]}>{L(GRADE_LABELS, a.grade)}</Tag>,
                  },
                ]}
              />
            ) : (
              <Empty description={t('asm.none')} />
            )
          }
        </QueryView>
      </Flex>
      {canAssess && <AssessmentDrawer open={assessing} onClose={() => setAssessing(false)} />}
      {canAssess && <ChecklistDrawer open={newChecklist} onClose={() => setNewChecklist(false)} />}
    </>
  );
}
