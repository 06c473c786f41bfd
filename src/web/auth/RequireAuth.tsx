import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../backend/queries.js';
import { ErrorState, Loading, StateBlock } from '../components/PageState.js';
import { useT } from '../i18n/I18nProvider.js';
import { type Area, canEnter, homePath } from './roles.js';

export const PASSWORD_PATH = '/account/password';
export const SECOND_FACTOR_PATH = '/account/second-factor';

/** Renders `children` for a logged-in user allowed into `area`; otherwise the login page or a refusal. */
export function RequireAuth({ area, children }: { area?: Area; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const t = useT();
  if (me.isPending) return <Loading full />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  // A temporary or expired password opens nothing but its change (the server refuses the rest too).
  if (me.data.passwordChange && location.pathname !== PASSWORD_PATH)
    return <Navigate to={PASSWORD_PATH} replace />;
  // Then an authenticator the office requires (issue 13): its set-up opens first.
  if (!me.data.passwordChange && me.data.secondFactor === 'enrol' && location.pathname !== SECOND_FACTOR_PATH)
    return <Navigate to={SECOND_FACTOR_PATH} replace />;
  if (area && !canEnter(me.data.roles, area)) {
    return (
      <StateBlock
        kind="forbidden"
        title="403"
        text={t('common.forbidden')}
        extra={
          <Link to={homePath(me.data.roles)}>
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
        testId="forbidden"
      />
    );
  }
  return <>{children}</>;
}

/** `/` sends each role to its own start screen. */
export function RoleHome() {
  const me = useMe();
  if (me.isPending) return <Loading full />;
  if (!me.data) return <Navigate to="/login" replace />;
  return <Navigate to={homePath(me.data.roles)} replace />;
}
