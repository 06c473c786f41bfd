import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Pagination, Row, Segmented, Statistic } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  INSPECTION_METHOD_LABELS,
  INSPECTION_METHODS,
  type InspectionMethod,
} from '../../../core/inspection.js';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { InspectionCard } from './InspectionCard.js';
import { useInspectionStats, useInspections } from './inspectionQueries.js';

/** 督察记录: the office's inspections, newest first, counted by method; a unit sees those of itself it may see. */
export function InspectionsPage() {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  const me = useMe().data;
  const canRecord = !!me && canEnter(me.roles, 'inspect');
  const [method, setMethod] = useState<InspectionMethod | 'all'>('all');
  const [page, setPage] = useState(1);
  const list = useInspections({ method: method === 'all' ? undefined : method, page });
  const stats = useInspectionStats();

  return (
    <>
      <PageHeader
        title={t('ins.title')}
        testId="page-title"
        extra={
          canRecord && (
            <Button
              type="primary"
              size="large"
              icon={<PlusOutlined />}
              onClick={() => navigate('/inspections/new')}
              data-testid="new-inspection"
            >
              {t('ins.new')}
            </Button>
          )
        }
      />
      {stats.data && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="inspection-stats">
          {INSPECTION_METHODS.map((m) => (
            <Col key={m} xs={12} md={6}>
              <Card size="small">
                <Statistic title={L(INSPECTION_METHOD_LABELS, m)} value={stats.data.byMethod[m]} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Segmented
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        value={method}
        onChange={(v) => {
          setMethod(v as InspectionMethod | 'all');
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('ins.all') },
          ...INSPECTION_METHODS.map((m) => ({ value: m, label: L(INSPECTION_METHOD_LABELS, m) })),
        ]}
      />
      <QueryView query={list}>
        {(data) =>
          data.items.length ? (
            <Flex vertical gap={12}>
              {data.items.map((i) => (
                <InspectionCard key={i.id} i={i} />
              ))}
              <Pagination
                current={page}
                pageSize={20}
                total={data.total}
                onChange={setPage}
                showSizeChanger={false}
              />
            </Flex>
          ) : (
            <Empty description={t('ins.none')} />
          )
        }
      </QueryView>
    </>
  );
}
