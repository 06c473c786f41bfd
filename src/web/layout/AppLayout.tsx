import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Grid, Layout, Menu, Space, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../core/labels.js';
import { api } from '../backend/client.js';
import { useMe } from '../backend/queries.js';
import { setSessionHint } from '../backend/session-hint.js';
import { Loading } from '../components/PageState.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useLabel } from '../i18n/labels.js';
import { DemoBanner } from './DemoBanner.js';
import { NotificationBell } from './NotificationBell.js';
import { navFor, selectedNav } from './nav.js';

const { Header, Sider, Content } = Layout;
const MobileMenu = lazy(async () => ({ default: (await import('./MobileMenu.js')).MobileMenu }));

/** The frame around every screen: a side menu on wide screens, a drawer menu on phones. */
export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const L = useLabel();
  const me = useMe().data;
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Mounted on first use and kept, so that closing animates.
  const [drawerUsed, setDrawerUsed] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { token } = theme.useToken();

  const entries = me ? navFor(me.roles) : [];
  const selected = selectedNav(entries, location.pathname);
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={entries.map((e) => ({
        key: e.path,
        icon: e.icon,
        label: (
          <Link to={e.path} data-testid={`nav-${e.path.slice(1).replaceAll('/', '-')}`}>
            {t(e.label)}
          </Link>
        ),
      }))}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 0 }}
    />
  );

  async function logout() {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setSessionHint(false);
      queryClient.clear();
      queryClient.setQueryData(['me'], null);
      navigate('/login', { replace: true });
    }
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 20,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: '#9f1d1d',
          height: 56,
          lineHeight: '56px',
        }}
      >
        {!wide && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            aria-label={t('nav.menu')}
            onClick={() => {
              setDrawerUsed(true);
              setDrawerOpen(true);
            }}
            data-testid="menu-button"
          />
        )}
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Link>
        {wide && <span style={{ color: 'rgba(255,255,255,0.75)', fontSize: 13 }}>{t('app.full')}</span>}
        <div style={{ flex: 1 }} />
        <Space size={4}>
          {me && <NotificationBell />}
          <Button
            type="text"
            size="small"
            icon={<TranslationOutlined />}
            style={{ color: '#fff' }}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            data-testid="lang-switch"
          >
            {wide ? t('common.switchLang') : null}
          </Button>
          {me && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'who',
                    disabled: true,
                    label: (
                      <div style={{ lineHeight: 1.5 }}>
                        <div>
                          {me.displayName}
                          {me.title ? ` · ${me.title}` : ''}
                        </div>
                        {me.unitName && <div>{me.unitName}</div>}
                        <div>{me.roles.map((r) => L(ROLE_LABELS, r)).join('、')}</div>
                      </div>
                    ),
                  },
                  { type: 'divider' },
                  {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: (
                      <Link to="/account/password" data-testid="change-password">
                        {t('account.changePassword')}
                      </Link>
                    ),
                  },
                  {
                    key: 'second-factor',
                    icon: <SafetyOutlined />,
                    label: (
                      <Link to="/account/second-factor" data-testid="second-factor-link">
                        {t('mfa.menu')}
                      </Link>
                    ),
                  },
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: <span data-testid="logout">{t('common.logout')}</span>,
                    onClick: () => void logout(),
                  },
                ],
              }}
            >
              <Button type="text" size="small" style={{ color: '#fff' }} data-testid="user-menu">
                <UserOutlined />
                <span style={{ maxWidth: wide ? 200 : 80, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {me.displayName}
                </span>
                <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          )}
        </Space>
      </Header>
      <Layout>
        {wide ? (
          <Sider
            width={200}
            theme="light"
            style={{
              borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
              position: 'sticky',
              top: 56,
              height: 'calc(100vh - 56px)',
              overflow: 'auto',
            }}
          >
            {menu}
          </Sider>
        ) : (
          drawerUsed && (
            <Suspense fallback={null}>
              <MobileMenu open={drawerOpen} onClose={() => setDrawerOpen(false)} title={t('app.name')}>
                {menu}
              </MobileMenu>
            </Suspense>
          )
        )}
        <Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <DemoBanner style={{ marginBottom: wide ? 16 : 12 }} />
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
