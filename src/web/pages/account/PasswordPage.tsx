import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { passwordProblems, passwordProblemText } from '../../../core/password-policy.js';
import { PasswordChangeInput } from '../../../core/schemas/user.js';
import { homePath } from '../../auth/roles.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import type { Me } from '../../backend/types.js';
import { useZodForm } from '../../components/form/useZodForm.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';

interface Values {
  currentPassword?: string;
  newPassword?: string;
  confirm?: string;
}

interface Rules {
  minLength: number;
  maxAgeDays: number;
  historySize: number;
  requiredClasses: number;
}

/**
 * 修改密码: every user's own password change, and the screen a temporary or
 * expired password leads to before anything else opens (SECURITY.md AUTH-1, AUTH-5).
 * The form checks the same rules as the server (core/password-policy.ts);
 * the common-password list and the history are the server's to check.
 */
export function PasswordPage() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useToast();
  const rules = useQuery({
    queryKey: ['password-rules'],
    queryFn: () => api.get<Rules>('/api/auth/password-rules'),
  }).data;
  const { form, validate, showServerError, formError, onFieldsChange } = useZodForm<Values>();

  const change = useMutation({
    mutationFn: (body: PasswordChangeInput) => api.post<Me>('/api/auth/password', body),
    onSuccess: (next) => {
      queryClient.setQueryData(['me'], next);
      message.success(t('account.passwordChanged'));
      navigate(homePath(next.roles), { replace: true });
    },
    onError: showServerError,
  });

  function submit() {
    const v = form.getFieldsValue(true) as Values;
    const extra = [];
    if (rules && me && v.newPassword) {
      for (const p of passwordProblems(v.newPassword, me.username, rules))
        extra.push({ name: ['newPassword'], errors: [passwordProblemText(p, rules)[lang]] });
    }
    if ((v.confirm ?? '') !== (v.newPassword ?? ''))
      extra.push({ name: ['confirm'], errors: [t('account.confirmMismatch')] });
    const input = validate(
      PasswordChangeInput,
      { currentPassword: v.currentPassword ?? '', newPassword: v.newPassword ?? '' },
      extra,
    );
    if (input) change.mutate(input);
  }

  const reason = me?.passwordChange;
  return (
    <div style={{ maxWidth: 560 }} data-testid="password-page">
      <PageHeader title={t('account.changePassword')} />
      {reason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="password-change-reason"
          message={
            reason === 'reset'
              ? t('account.mustChangeReset')
              : t('account.mustChangeExpired').replace('{days}', String(rules?.maxAgeDays ?? ''))
          }
        />
      )}
      {formError && !formError.details.some((d) => d.field) && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError.message} />
      )}
      <Card>
        <Form form={form} layout="vertical" onFinish={submit} onFieldsChange={onFieldsChange} requiredMark>
          <Form.Item name="currentPassword" label={t('account.currentPassword')} required>
            <Input.Password autoComplete="current-password" data-testid="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('account.newPassword')} required>
            <Input.Password autoComplete="new-password" data-testid="new-password" />
          </Form.Item>
          <Form.Item name="confirm" label={t('account.confirmPassword')} required>
            <Input.Password autoComplete="new-password" data-testid="confirm-password" />
          </Form.Item>
          {rules && (
            <Typography.Paragraph type="secondary" data-testid="password-rules">
              {t('account.rules')
                .replace('{min}', String(rules.minLength))
                .replace('{classes}', String(rules.requiredClasses))
                .replace('{history}', String(rules.historySize))}
              {rules.maxAgeDays > 0 &&
                ` ${t('account.rulesExpiry').replace('{days}', String(rules.maxAgeDays))}`}
            </Typography.Paragraph>
          )}
          <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
            {t('account.changePassword')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
