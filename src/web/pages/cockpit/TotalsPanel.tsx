import { Col, Row, Statistic, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LIGHTS } from '../../../core/enums.js';
import { LIGHT_LABELS } from '../../../core/labels.js';
import type { OverviewStats } from '../../backend/types.js';
import { LIGHT_COLORS, LightDot } from '../../components/tags.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { itemsHref, OPEN_STATUSES } from '../items/filters.js';

function Tile({
  to,
  title,
  value,
  testId,
  color,
  footer,
  suffix,
}: {
  to?: string;
  title: ReactNode;
  value: number;
  testId: string;
  color?: string;
  footer?: ReactNode;
  suffix?: ReactNode;
}) {
  const { token } = theme.useToken();
  const style: CSSProperties = {
    height: '100%',
    padding: '12px 16px',
    background: token.colorBgContainer,
    border: `1px solid ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadiusLG,
  };
  const body = (
    <div style={style} className={to ? 'ducha-hoverable' : undefined}>
      <Statistic
        title={title}
        value={value}
        suffix={suffix}
        styles={{ content: { color, fontWeight: 600 } }}
        data-testid={testId}
        data-value={value}
      />
      {footer && <div style={{ color: 'rgba(0,0,0,0.5)', fontSize: 12, marginTop: 2 }}>{footer}</div>}
    </div>
  );
  return to ? (
    <Link to={to} style={{ display: 'block', height: '100%' }}>
      {body}
    </Link>
  ) : (
    body
  );
}

/** The headline numbers; each opens the list it counts. */
export function TotalsPanel({ stats, ledgerId }: { stats: OverviewStats; ledgerId?: string }) {
  const t = useT();
  const L = useLabel();
  const span = { xs: 12, sm: 8, md: 6, xl: 3 } as const;
  return (
    <Row gutter={[12, 12]} data-testid="cockpit-totals">
      <Col {...span}>
        <Tile
          to={itemsHref({ ledgerId })}
          title={t('cockpit.total')}
          value={stats.total}
          testId="cockpit-total"
        />
      </Col>
      <Col {...span}>
        <Tile
          to={itemsHref({ ledgerId, status: OPEN_STATUSES })}
          title={t('cockpit.open')}
          value={stats.open}
          testId="cockpit-open"
        />
      </Col>
      {LIGHTS.map((light) => (
        <Col {...span} key={light}>
          <Tile
            to={itemsHref({ ledgerId, light: [light] })}
            title={
              <>
                <LightDot light={light} />
                {L(LIGHT_LABELS, light)}
              </>
            }
            value={stats.byLight[light] ?? 0}
            color={LIGHT_COLORS[light]}
            testId={`cockpit-light-${light}`}
          />
        </Col>
      ))}
      <Col {...span}>
        <Tile
          to={itemsHref({ ledgerId, overdue: true })}
          title={t('cockpit.overdue')}
          value={stats.overdue}
          color={stats.overdue ? LIGHT_COLORS.red : undefined}
          testId="cockpit-overdue"
        />
      </Col>
      <Col {...span}>
        <Tile
          to={itemsHref({ ledgerId, status: ['completed'] })}
          title={t('cockpit.completed')}
          value={stats.completed}
          testId="cockpit-completed"
          footer={`${t('cockpit.completedOnTime', { n: stats.completedOnTime })} · ${t('cockpit.completedLate', { n: stats.completedLate })}`}
        />
      </Col>
      <Col {...span}>
        <Tile
          title={t('cockpit.daysToYearEnd')}
          value={stats.daysToYearEnd}
          suffix={<span style={{ fontSize: 14 }}>{t('common.days')}</span>}
          color="#9f1d1d"
          testId="cockpit-days-to-year-end"
        />
      </Col>
    </Row>
  );
}
