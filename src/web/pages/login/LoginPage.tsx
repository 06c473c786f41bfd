import { LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { homePath } from '../../auth/roles.js';
import { ApiError, api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import { setSessionHint } from '../../backend/session-hint.js';
import type { Me } from '../../backend/types.js';
import { errorText, Loading } from '../../components/PageState.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { DemoBanner } from '../../layout/DemoBanner.js';
import { CodeStep } from './CodeStep.js';

interface Credentials {
  username: string;
  password: string;
}

/** Only same-app paths are followed after login (no open redirect to another site). */
function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [codeStep, setCodeStep] = useState(false);
  const enter = (user: Me) => {
    setSessionHint(true);
    queryClient.clear();
    queryClient.setQueryData(['me'], user);
    navigate(safeNext(params.get('next')) ?? homePath(user.roles), { replace: true });
  };
  const login = useMutation({
    mutationFn: (c: Credentials) => api.post<Me | { secondFactor: 'totp' }>('/api/auth/login', c),
    onSuccess: (answer) => {
      // The password was right and the account has an authenticator: the code is owed next.
      if ('secondFactor' in answer && !('id' in answer)) setCodeStep(true);
      else enter(answer as Me);
    },
  });
  const code = useMutation({
    mutationFn: (v: { code: string }) => api.post<Me>('/api/auth/login/code', v),
    onSuccess: enter,
    onError: (e) => {
      // The pending login timed out (or the account was locked): start over from the password.
      if (e instanceof ApiError && e.code !== 'bad_second_factor') {
        setCodeStep(false);
        login.reset();
      }
    },
  });

  if (me.isPending) return <Loading full />;
  if (me.data && !login.isPending && !login.isSuccess && !code.isSuccess)
    return <Navigate to={homePath(me.data.roles)} replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg, #9f1d1d 0%, #b42323 38%, #f5f6f8 38%)',
      }}
    >
      {/* White on its own red ground: the background's diagonal may cross the title at any width,
          and white on the light grey below it could not be read. */}
      <div
        style={{
          color: '#fff',
          textAlign: 'center',
          marginBottom: 24,
          background: '#9f1d1d',
          borderRadius: 8,
          padding: '8px 20px',
        }}
        data-testid="login-brand"
      >
        <div style={{ fontSize: 28, fontWeight: 600, letterSpacing: 2 }}>{t('app.name')}</div>
        <div>{t('app.full')}</div>
      </div>
      <DemoBanner style={{ width: '100%', maxWidth: 380, marginBottom: 12, borderRadius: 8 }} />
      <Card style={{ width: '100%', maxWidth: 380 }} data-testid="login-card">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {codeStep ? (
          <CodeStep
            pending={code.isPending}
            error={code.isError ? errorText(code.error) : null}
            onCode={(v) => code.mutate({ code: v })}
            onBack={() => {
              setCodeStep(false);
              login.reset();
              code.reset();
            }}
          />
        ) : (
          <>
            {login.isError && (
              <Alert
                type="error"
                showIcon
                title={errorText(login.error)}
                style={{ marginBottom: 16 }}
                data-testid="login-error"
              />
            )}
            <Form<Credentials>
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => login.mutate(values)}
              data-testid="login-form"
            >
              <Form.Item
                name="username"
                label={t('login.username')}
                rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
              >
                <Input
                  prefix={<UserOutlined />}
                  autoComplete="username"
                  autoFocus
                  data-testid="login-username"
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('login.password')}
                rules={[{ required: true, message: t('login.passwordRequired') }]}
              >
                <Input.Password
                  prefix={<LockOutlined />}
                  autoComplete="current-password"
                  data-testid="login-password"
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={login.isPending}
                data-testid="login-submit"
              >
                {t('login.submit')}
              </Button>
            </Form>
          </>
        )}
        <div
          style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}
        >
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.motto')}
          </Typography.Text>
        </div>
        <div style={{ textAlign: 'right', marginTop: 8 }}>
          <Button
            type="link"
            size="small"
            icon={<TranslationOutlined />}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            data-testid="lang-switch"
          >
            {t('common.switchLang')}
          </Button>
        </div>
      </Card>
    </div>
  );
}
