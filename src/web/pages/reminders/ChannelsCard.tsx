import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { ChannelsOut, RobotOut } from '../../../core/schemas/notification.js';
import { api } from '../../backend/client.js';
import { useUnits } from '../../backend/queries.js';
import { QueryView } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The office's SMTP server and group robots; passwords and secrets are written, never shown. */
export function ChannelsCard({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const query = useQuery({ queryKey: ['channels'], queryFn: () => api.get<ChannelsOut>('/api/channels') });
  return (
    <Card size="small" title={t('rm.channels')} style={{ marginBottom: 16 }} data-testid="channels-card">
      <QueryView query={query}>{(c) => <ChannelsForm channels={c} editable={editable} />}</QueryView>
    </Card>
  );
}

interface RobotDraft {
  id?: string;
  name: string;
  unitId: string | null;
  kind: RobotOut['kind'];
  url: string;
  storedUrl?: string;
  secret: string;
  secretSet: boolean;
  enabled: boolean;
}

function ChannelsForm({ channels, editable }: { channels: ChannelsOut; editable: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const units = useUnits().data?.items ?? [];
  const [useOwn, setUseOwn] = useState(!!channels.smtp);
  const [smtp, setSmtp] = useState({
    host: channels.smtp?.host ?? '',
    port: channels.smtp?.port ?? 465,
    secure: channels.smtp?.secure ?? true,
    username: channels.smtp?.username ?? '',
    password: '',
    from: channels.smtp?.from ?? '',
  });
  const [robots, setRobots] = useState<RobotDraft[]>(
    channels.robots.map((r) => ({ ...r, url: '', storedUrl: r.url, secret: '' })),
  );
  const save = useMutation({
    mutationFn: () =>
      api.put<ChannelsOut>('/api/channels', {
        smtp: useOwn
          ? {
              host: smtp.host,
              port: smtp.port,
              secure: smtp.secure,
              username: smtp.username || null,
              ...(smtp.password ? { password: smtp.password } : {}),
              from: smtp.from,
            }
          : null,
        robots: robots.map((r) => ({
          ...(r.id ? { id: r.id } : {}),
          name: r.name,
          unitId: r.unitId,
          kind: r.kind,
          ...(r.url ? { url: r.url } : {}),
          ...(r.secret ? { secret: r.secret } : {}),
          enabled: r.enabled,
        })),
      }),
    onSuccess: (out) => {
      queryClient.setQueryData(['channels'], out);
      setRobots(out.robots.map((r) => ({ ...r, url: '', storedUrl: r.url, secret: '' })));
      setSmtp((s) => ({ ...s, password: '' }));
      toast.success(t('common.saved'));
    },
    onError: (e) => toast.error(e.message),
  });
  const set = (i: number, patch: Partial<RobotDraft>) =>
    setRobots((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div>
      <Typography.Text strong>{t('rm.smtp')}</Typography.Text>
      <div style={{ margin: '6px 0 8px' }}>
        <Checkbox checked={useOwn} disabled={!editable} onChange={(e) => setUseOwn(e.target.checked)}>
          {t('rm.smtpUse')}
        </Checkbox>
        {!useOwn && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('rm.smtpNone')} {!channels.envSmtp && t('rm.smtpEnvNone')}
          </Typography.Text>
        )}
      </div>
      {useOwn && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input
            placeholder={t('rm.host')}
            value={smtp.host}
            disabled={!editable}
            style={{ width: 200 }}
            onChange={(e) => setSmtp({ ...smtp, host: e.target.value })}
          />
          <InputNumber
            placeholder={t('rm.port')}
            min={1}
            max={65535}
            value={smtp.port}
            disabled={!editable}
            onChange={(v) => setSmtp({ ...smtp, port: Number(v ?? 25) })}
          />
          <span>
            <Switch
              size="small"
              checked={smtp.secure}
              disabled={!editable}
              onChange={(v) => setSmtp({ ...smtp, secure: v })}
            />{' '}
            {t('rm.secure')}
          </span>
          <Input
            placeholder={t('rm.username')}
            value={smtp.username}
            disabled={!editable}
            style={{ width: 180 }}
            onChange={(e) => setSmtp({ ...smtp, username: e.target.value })}
          />
          <Input.Password
            placeholder={channels.smtp?.passwordSet ? t('rm.passwordKeep') : t('rm.password')}
            value={smtp.password}
            disabled={!editable}
            style={{ width: 200 }}
            onChange={(e) => setSmtp({ ...smtp, password: e.target.value })}
            autoComplete="new-password"
          />
          <Input
            placeholder={t('rm.from')}
            value={smtp.from}
            disabled={!editable}
            style={{ width: 260 }}
            onChange={(e) => setSmtp({ ...smtp, from: e.target.value })}
          />
        </Flex>
      )}
      <Typography.Text strong>{t('rm.robots')}</Typography.Text>
      {robots.map((r, i) => (
        <Flex
          key={r.id ?? `new${i}`}
          gap={8}
          wrap
          align="center"
          style={{ margin: '8px 0', paddingBottom: 8, borderBottom: '1px solid #f0f0f0' }}
        >
          <Input
            placeholder={t('rm.robotName')}
            value={r.name}
            disabled={!editable}
            style={{ width: 160 }}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <Select
            value={r.unitId ?? ''}
            disabled={!editable}
            style={{ width: 180 }}
            showSearch
            optionFilterProp="label"
            options={[
              { value: '', label: t('rm.officeWide') },
              ...units.map((u) => ({ value: u.id, label: u.name })),
            ]}
            onChange={(v: string) => set(i, { unitId: v || null })}
          />
          <Select
            value={r.kind}
            disabled={!editable}
            style={{ width: 120 }}
            options={[
              { value: 'dingtalk', label: '钉钉' },
              { value: 'wecom', label: '企业微信' },
              { value: 'feishu', label: '飞书' },
            ]}
            onChange={(v: RobotOut['kind']) => set(i, { kind: v })}
          />
          <Input
            placeholder={r.storedUrl ? t('rm.robotUrlKeep', { url: r.storedUrl }) : t('rm.robotUrl')}
            value={r.url}
            disabled={!editable}
            style={{ flex: '1 1 260px' }}
            onChange={(e) => set(i, { url: e.target.value })}
          />
          <Input.Password
            placeholder={r.secretSet ? t('rm.passwordKeep') : t('rm.robotSecret')}
            value={r.secret}
            disabled={!editable || r.kind === 'wecom'}
            style={{ width: 180 }}
            onChange={(e) => set(i, { secret: e.target.value })}
            autoComplete="new-password"
          />
          <span>
            <Switch
              size="small"
              checked={r.enabled}
              disabled={!editable}
              onChange={(v) => set(i, { enabled: v })}
            />{' '}
            {t('rm.enabled')}
          </span>
          {editable && (
            <Button size="small" onClick={() => setRobots((list) => list.filter((_x, j) => j !== i))}>
              {t('common.remove')}
            </Button>
          )}
        </Flex>
      ))}
      {editable && (
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Button
            onClick={() =>
              setRobots((list) => [
                ...list,
                {
                  name: '',
                  unitId: null,
                  kind: 'dingtalk',
                  url: '',
                  secret: '',
                  secretSet: false,
                  enabled: true,
                },
              ])
            }
          >
            {t('rm.addRobot')}
          </Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="channels-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      )}
    </div>
  );
}
