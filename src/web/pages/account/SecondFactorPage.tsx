import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { EnrolmentOut } from '../../../core/schemas/security.js';
import { homePath } from '../../auth/roles.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import type { Me } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/**
 * /account/second-factor — setting up an authenticator (TOTP): the QR code,
 * the secret for typing in by hand, and one code to confirm. The screen an
 * account that must have one is led to before anything else (issue 13).
 */
export function SecondFactorPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [code, setCode] = useState('');
  const start = useMutation({
    mutationFn: () => api.post<EnrolmentOut>('/api/auth/second-factor/enrolment'),
  });
  const confirm = useMutation({
    mutationFn: (c: string) => api.post<Me>('/api/auth/second-factor/confirm', { code: c }),
    onSuccess: (next) => {
      queryClient.setQueryData(['me'], next);
      toast.success(t('mfa.done'));
      navigate(homePath(next.roles), { replace: true });
    },
  });
  const enrolment = start.data;
  return (
    <div data-testid="second-factor-page">
      <PageHeader title={t('mfa.title')} />
      <Card style={{ maxWidth: 560 }}>
        {me?.secondFactor === 'enrolled' ? (
          <Alert type="success" showIcon title={t('mfa.enrolled')} data-testid="mfa-enrolled" />
        ) : (
          <>
            {me?.secondFactor === 'enrol' && (
              <Alert type="warning" showIcon title={t('mfa.required')} style={{ marginBottom: 16 }} />
            )}
            <Typography.Paragraph>{t('mfa.intro')}</Typography.Paragraph>
            {start.isError && <Alert type="error" showIcon title={errorText(start.error)} />}
            {!enrolment ? (
              <Button
                type="primary"
                loading={start.isPending}
                onClick={() => start.mutate()}
                data-testid="mfa-start"
              >
                {t('mfa.start')}
              </Button>
            ) : (
              <>
                <Typography.Title level={5}>{t('mfa.step1')}</Typography.Title>
                <img
                  src={enrolment.qr}
                  alt="QR"
                  width={200}
                  height={200}
                  style={{ display: 'block', margin: '0 auto 8px' }}
                  data-testid="mfa-qr"
                />
                <Typography.Paragraph type="secondary">{t('mfa.manual')}</Typography.Paragraph>
                <Typography.Paragraph
                  copyable={{ text: enrolment.secret }}
                  code
                  style={{ wordBreak: 'break-all', fontSize: 15 }}
                  data-testid="mfa-secret"
                >
                  {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
                </Typography.Paragraph>
                <Typography.Title level={5}>{t('mfa.step2')}</Typography.Title>
                {confirm.isError && (
                  <Alert
                    type="error"
                    showIcon
                    title={errorText(confirm.error)}
                    style={{ marginBottom: 12 }}
                    data-testid="mfa-error"
                  />
                )}
                <Flex gap={8} wrap>
                  <Input
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={7}
                    placeholder="123456"
                    style={{ width: 160, letterSpacing: 4, fontSize: 18 }}
                    onPressEnter={() => code && confirm.mutate(code.replace(/\s/g, ''))}
                    data-testid="mfa-code"
                  />
                  <Button
                    type="primary"
                    disabled={!code}
                    loading={confirm.isPending}
                    onClick={() => confirm.mutate(code.replace(/\s/g, ''))}
                    data-testid="mfa-confirm"
                  >
                    {t('mfa.confirm')}
                  </Button>
                </Flex>
              </>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
