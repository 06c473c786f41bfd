import { theme } from 'antd';
import type { ReactNode } from 'react';

/**
 * One tile of the cockpit. Later features (obstacles, notices, scores) add
 * their own panels. A plain box rather than antd's Card, which brings Tabs
 * into the cockpit's first load.
 */
export function Panel({
  title,
  extra,
  children,
  testId,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const { token } = theme.useToken();
  return (
    <section
      data-testid={testId}
      style={{
        height: '100%',
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        display: 'flex',
        flexDirection: 'column',
        minWidth: 0,
      }}
    >
      <header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 8,
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '10px 12px',
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <h2 style={{ margin: 0, fontSize: 15, fontWeight: 600 }}>{title}</h2>
        {extra && <div style={{ maxWidth: '100%', overflowX: 'auto' }}>{extra}</div>}
      </header>
      <div style={{ padding: 12, flex: 1, minWidth: 0 }}>{children}</div>
    </section>
  );
}
