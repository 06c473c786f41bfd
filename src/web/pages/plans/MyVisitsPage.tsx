import { CheckCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { INSPECTION_METHOD_LABELS, VISIT_REASON_LABELS } from '../../../core/inspection.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { useMyVisits } from '../inspections/inspectionQueries.js';

/** 我的走访: an inspector's planned visits on a phone — open ones first, a big button to record each result. */
export function MyVisitsPage() {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  const visits = useMyVisits();
  return (
    <>
      <PageHeader title={t('visit.title')} testId="page-title" />
      <QueryView query={visits}>
        {(data) =>
          data.items.length ? (
            <Flex vertical gap={12}>
              {data.items.map((v) => (
                <Card key={v.id} size="small" data-testid="visit-card">
                  <Flex vertical gap={6}>
                    <Flex wrap gap={6} align="center">
                      <strong>{v.plannedOn}</strong>
                      <Tag>{L(INSPECTION_METHOD_LABELS, v.method)}</Tag>
                      {v.reasons.map((r) => (
                        <Tag key={r} color={r === 'red' ? 'red' : 'orange'}>
                          {L(VISIT_REASON_LABELS, r)}
                        </Tag>
                      ))}
                      {v.overdue && <Tag color="error">{t('visit.overdue')}</Tag>}
                    </Flex>
                    <Typography.Text style={{ fontSize: 15 }}>
                      {v.itemCode} {v.itemTitle}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      <EnvironmentOutlined /> {v.unitName ?? t('common.none')} · {v.planTitle}
                    </Typography.Text>
                    {v.inspectionId ? (
                      <Link to={`/inspections/${v.inspectionId}`}>
                        <CheckCircleOutlined /> {t('visit.done')} {v.doneOn} · {t('visit.view')}
                      </Link>
                    ) : (
                      <Button
                        type="primary"
                        size="large"
                        block
                        style={{ minHeight: 52, fontSize: 17 }}
                        onClick={() =>
                          navigate(`/inspections/new?visit=${v.id}&item=${v.itemId}&method=${v.method}`)
                        }
                        data-testid="record-visit"
                      >
                        {t('visit.record')}
                      </Button>
                    )}
                  </Flex>
                </Card>
              ))}
            </Flex>
          ) : (
            <Empty description={t('visit.none')} />
          )
        }
      </QueryView>
    </>
  );
}
