import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/** A screen's title line: optional back arrow, title, subtitle and actions on the right (wrapping on phones). */
export function PageHeader({
  title,
  subtitle,
  extra,
  back,
  testId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  /** Show a back arrow that goes one step back in history (or to this path when there is none). */
  back?: string;
  testId?: string;
}) {
  const navigate = useNavigate();
  return (
    <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center" style={{ minWidth: 0, flex: '1 1 280px' }}>
        {back && (
          <Button
            type="text"
            className="no-print"
            icon={<ArrowLeftOutlined />}
            aria-label="back"
            onClick={() => (window.history.state?.idx > 0 ? navigate(-1) : navigate(back))}
            data-testid="back"
          />
        )}
        <div style={{ minWidth: 0 }}>
          <h1
            style={{ margin: 0, fontSize: 20, fontWeight: 600, lineHeight: 1.4, color: 'rgba(0,0,0,0.88)' }}
            data-testid={testId}
          >
            {title}
          </h1>
          {subtitle && <div style={{ color: 'rgba(0,0,0,0.55)', marginTop: 2 }}>{subtitle}</div>}
        </div>
      </Flex>
      {extra && (
        <Flex wrap gap={8} className="no-print">
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
