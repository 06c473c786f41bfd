import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Flex, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { PrefsOut } from '../../../core/schemas/notification.js';
import { api } from '../../backend/client.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type Channel = PrefsOut['channels'][number];

/** /notifications/preferences — the user's channels and quiet hours. */
export function PreferencesPage() {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['notification-prefs'],
    queryFn: () => api.get<PrefsOut>('/api/me/notification-preferences'),
  });
  return (
    <div data-testid="preferences-page">
      <PageHeader title={t('pref.title')} back="/notifications" />
      <QueryView query={query}>{(prefs) => <PreferencesForm prefs={prefs} />}</QueryView>
    </div>
  );
}

function PreferencesForm({ prefs }: { prefs: PrefsOut }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [channels, setChannels] = useState<Channel[]>(prefs.channels);
  const [quiet, setQuiet] = useState(!!prefs.quietStart);
  const [start, setStart] = useState(prefs.quietStart ?? '22:00');
  const [end, setEnd] = useState(prefs.quietEnd ?? '07:30');
  useEffect(() => setChannels(prefs.channels), [prefs.channels]);
  const save = useMutation({
    mutationFn: () =>
      api.put<PrefsOut>('/api/me/notification-preferences', {
        channels,
        quietStart: quiet ? start : null,
        quietEnd: quiet ? end : null,
        version: prefs.version,
      }),
    onSuccess: (out) => {
      queryClient.setQueryData(['notification-prefs'], out);
      toast.success(t('common.saved'));
    },
    onError: (e) => toast.error(e.message),
  });
  const toggle = (c: Channel, on: boolean) =>
    setChannels((list) => (on ? [...new Set([...list, c])] : list.filter((x) => x !== c)));
  return (
    <Card size="small" style={{ maxWidth: 640 }}>
      <Typography.Title level={5}>{t('pref.channels')}</Typography.Title>
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        <Checkbox checked disabled>
          {t('pref.inApp')}
        </Checkbox>
        <div>
          <Checkbox
            checked={channels.includes('email')}
            onChange={(e) => toggle('email', e.target.checked)}
            data-testid="pref-email"
          >
            {t('pref.email')}
          </Checkbox>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {prefs.email ? t('pref.emailTo', { email: prefs.email }) : t('pref.noEmail')}
          </Typography.Text>
        </div>
        <div>
          <Checkbox
            checked={channels.includes('robot')}
            onChange={(e) => toggle('robot', e.target.checked)}
            data-testid="pref-robot"
          >
            {t('pref.robot')}
          </Checkbox>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {prefs.robot ? t('pref.robotTo', { name: prefs.robot }) : t('pref.noRobot')}
          </Typography.Text>
        </div>
      </Flex>
      <Typography.Title level={5}>{t('pref.quiet')}</Typography.Title>
      <Alert type="info" showIcon message={t('pref.quietHint')} style={{ marginBottom: 12 }} />
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Switch checked={quiet} onChange={setQuiet} data-testid="pref-quiet" /> {t('pref.quietOn')}
        {quiet && (
          <>
            <span>{t('pref.from')}</span>
            <TimePicker
              format="HH:mm"
              value={dayjs(`2000-01-01T${start}`)}
              onChange={(v) => v && setStart(v.format('HH:mm'))}
              allowClear={false}
              minuteStep={5}
              inputReadOnly
            />
            <span>{t('pref.to')}</span>
            <TimePicker
              format="HH:mm"
              value={dayjs(`2000-01-01T${end}`)}
              onChange={(v) => v && setEnd(v.format('HH:mm'))}
              allowClear={false}
              minuteStep={5}
              inputReadOnly
            />
          </>
        )}
      </Flex>
      <Button type="primary" loading={save.isPending} onClick={() => save.mutate()} data-testid="pref-save">
        {t('common.save')}
      </Button>
    </Card>
  );
}
