import { Button, Card, Descriptions, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { GRADE_LABELS } from '../../../core/inspection.js';
import type { AssessmentOut } from '../../../core/schemas/checklist.js';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { EvidencePanel } from '../inspections/EvidencePanel.js';
import { useAssessment } from '../inspections/inspectionQueries.js';
import { RectifyModal, type RectifyTarget } from '../inspections/RectifyModal.js';

/** One assessment: scores per criterion (failed ones marked), total, comments, photos. */
export function AssessmentPage() {
  const { id } = useParams();
  const t = useT();
  const L = useLabel();
  const me = useMe().data;
  const canEdit = !!me && canEnter(me.roles, 'editAssessments');
  const query = useAssessment(id);
  const [target, setTarget] = useState<RectifyTarget | null>(null);
  return (
    <QueryView query={query}>
      {(a) => (
        <>
          <PageHeader title={`${a.unitName} · ${a.checklistName}`} back="/assessments" testId="page-title" />
          <Flex vertical gap={16}>
            <Card>
              <Descriptions
                column={{ xs: 1, md: 3 }}
                items={[
                  { key: 'd', label: t('asm.date'), children: a.assessedOn },
                  {
                    key: 't',
                    label: t('asm.total'),
                    children: `${a.total} / ${a.maxTotal}（${a.percent}%）`,
                  },
                  { key: 'g', label: t('asm.grade'), children: L(GRADE_LABELS, a.grade) },
                  { key: 'p', label: t('asm.assessor'), children: a.assessorName ?? t('common.none') },
                  {
                    key: 'c',
                    label: t('asm.comments'),
                    span: 'filled' as const,
                    children: a.comments ?? t('common.none'),
                  },
                ]}
              />
            </Card>
            <Table<AssessmentOut['scores'][number]>
              rowKey="criterionId"
              size="small"
              pagination={false}
              dataSource={a.scores}
              columns={[
                { title: t('asm.criterion'), dataIndex: 'title' },
                { title: t('asm.weight'), dataIndex: 'weight', width: 80 },
                {
                  title: t('asm.score'),
                  width: 140,
                  render: (_, s) => (
                    <>
                      {s.score} {s.failed && <Tag color="red">{t('asm.failed')}</Tag>}
                    </>
                  ),
                },
                {
                  title: t('ins.rectify'),
                  width: 180,
                  render: (_, s) =>
                    s.rectificationItemId ? (
                      <Link to={`/items/${s.rectificationItemId}`}>{t('ins.rectifiedShort')}</Link>
                    ) : (
                      s.failed &&
                      canEdit && (
                        <Button
                          size="small"
                          onClick={() =>
                            setTarget({
                              text: `${s.title}：${s.score}/${s.weight}`,
                              url: `/api/assessments/${a.id}/criteria/${s.criterionId}/rectify`,
                            })
                          }
                        >
                          {t('ins.rectify')}
                        </Button>
                      )
                    ),
                },
              ]}
            />
            <Card title={t('ins.photos')}>
              <EvidencePanel kind="assessment" ownerId={a.id} canEdit={canEdit} />
            </Card>
          </Flex>
          {canEdit && (
            <RectifyModal unitId={a.unitId} hidden={false} target={target} onClose={() => setTarget(null)} />
          )}
        </>
      )}
    </QueryView>
  );
}
