import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { DEMO_BANNER_WORDS, type DemoState } from '../../core/demo.js';
import { api } from '../backend/client.js';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * 演示环境: on every page (and the login page) of an installation that holds the demo district, so that
 * nobody takes it for the office's real ledger or types real work into it. The rule is core/demo.ts.
 */
export function DemoBanner({ style }: { style?: React.CSSProperties }) {
  const { lang } = useI18n();
  const demo = useQuery({
    queryKey: ['demo'],
    queryFn: () => api.get<{ state: DemoState }>('/api/demo'),
    staleTime: 5 * 60_000,
  });
  const state = demo.data?.state;
  if (!state || state === 'none') return null;
  return (
    <Alert
      banner
      type={state === 'active' ? 'warning' : 'info'}
      message={DEMO_BANNER_WORDS[state][lang]}
      style={style}
      data-testid="demo-banner"
    />
  );
}
