import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { type BoundedSetting, SETTING_BOUNDS } from '../../../core/schemas/settings.js';
import { api } from '../../backend/client.js';
import type { SettingsOut } from '../../backend/types.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

/** The policy the security administrator keeps: sessions, lockout, passwords, the second factor. */
const POLICY_KEYS: BoundedSetting[] = [
  'session.idleMinutes',
  'session.maxHours',
  'security.lockoutThreshold',
  'security.lockoutMinutes',
  'password.minLength',
  'password.maxAgeDays',
  'password.historySize',
  'mfa.required',
  'mfa.allUsers',
];

export function PolicyCard() {
  const { t } = useI18n();
  const toast = useToast();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['settings'], queryFn: () => api.get<SettingsOut>('/api/settings') });
  const [draft, setDraft] = useState<Partial<Record<BoundedSetting, number>>>({});
  const save = useMutation({
    mutationFn: (v: typeof draft) => api.patch<SettingsOut>('/api/settings', v),
    onSuccess: (next) => {
      client.setQueryData(['settings'], next);
      setDraft({});
      toast.success(t('sec.policySaved'));
    },
  });
  const values = { ...query.data, ...draft };
  const outOfRange = POLICY_KEYS.some((k) => {
    const v = draft[k];
    return v !== undefined && (v < SETTING_BOUNDS[k][0] || v > SETTING_BOUNDS[k][1]);
  });
  return (
    <Card size="small" title={t('sec.policy')} style={{ marginBottom: 16 }} data-testid="security-policy">
      <Typography.Paragraph type="secondary">{t('sec.policyHint')}</Typography.Paragraph>
      {save.isError && (
        <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />
      )}
      {POLICY_KEYS.map((key) => {
        const [min, max] = SETTING_BOUNDS[key];
        return (
          <Flex key={key} gap={8} align="center" wrap style={{ marginBottom: 8 }}>
            <span style={{ flex: '1 1 260px', minWidth: 0 }}>{t(`wf.setting.${key}` as MessageKey)}</span>
            <InputNumber
              min={min}
              max={max}
              precision={0}
              value={values[key]}
              onChange={(v) => setDraft((d) => ({ ...d, [key]: v === null ? undefined : Number(v) }))}
              data-testid={`policy-${key}`}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 90 }}>
              {t('sec.range', { min, max })}
            </Typography.Text>
          </Flex>
        );
      })}
      <Button
        type="primary"
        disabled={!Object.keys(draft).length || outOfRange}
        loading={save.isPending}
        onClick={() => save.mutate(draft)}
        data-testid="policy-save"
      >
        {t('common.save')}
      </Button>
    </Card>
  );
}
