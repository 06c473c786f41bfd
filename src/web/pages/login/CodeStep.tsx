import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The login's second step: the 6-digit code of the user's authenticator. */
export function CodeStep({
  pending,
  error,
  onCode,
  onBack,
}: {
  pending: boolean;
  error: string | null;
  onCode: (code: string) => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  return (
    <div data-testid="login-code-step">
      <Typography.Paragraph type="secondary">{t('login.codeHint')}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="login-code-error"
        />
      )}
      <Form<{ code: string }>
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => onCode(v.code.replace(/\s/g, ''))}
      >
        <Form.Item
          name="code"
          label={t('login.codeTitle')}
          rules={[{ required: true, pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: t('login.codeRequired') }]}
        >
          <Input
            prefix={<SafetyOutlined />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            autoFocus
            placeholder="123456"
            style={{ letterSpacing: 4, fontSize: 18 }}
            data-testid="login-code"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending} data-testid="login-code-submit">
          {t('login.codeSubmit')}
        </Button>
      </Form>
      <Button type="link" size="small" onClick={onBack} style={{ paddingLeft: 0, marginTop: 8 }}>
        {t('login.back')}
      </Button>
    </div>
  );
}
