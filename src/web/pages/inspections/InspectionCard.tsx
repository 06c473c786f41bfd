import { CameraOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { INSPECTION_METHOD_LABELS, INSPECTION_VERDICT_LABELS } from '../../../core/inspection.js';
import type { InspectionOut } from '../../../core/schemas/inspection.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

const VERDICT_COLORS = { good: 'green', fair: 'blue', poor: 'red' } as const;

/** One inspection in a list: day, method, unit, verdict, what was seen — a card that reads on a phone. */
export function InspectionCard({ i }: { i: InspectionOut }) {
  const t = useT();
  const L = useLabel();
  return (
    <Card size="small" data-testid="inspection-card">
      <Flex vertical gap={6}>
        <Flex wrap gap={8} align="center">
          <strong>{i.inspectedOn}</strong>
          <Tag color={i.method === 'unannounced' ? 'purple' : 'default'}>
            {L(INSPECTION_METHOD_LABELS, i.method)}
          </Tag>
          <Tag color={VERDICT_COLORS[i.verdict]}>{L(INSPECTION_VERDICT_LABELS, i.verdict)}</Tag>
          {i.hidden && (
            <Tag icon={<EyeInvisibleOutlined />} color="warning">
              {t('ins.hidden')}
            </Tag>
          )}
        </Flex>
        <Link to={`/inspections/${i.id}`} data-testid="inspection-link" style={{ fontSize: 15 }}>
          {i.unitName}
          {i.items.length ? ` · ${i.items.map((x) => x.code).join('、')}` : ''}
        </Link>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
          {i.summary}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {i.inspectors.map((p) => p.displayName).join('、')}
          {i.findings.length ? ` · ${t('ins.findings')} ${i.findings.length}` : ''}
          {i.photoCount ? (
            <>
              {' · '}
              <CameraOutlined /> {i.photoCount}
            </>
          ) : null}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
