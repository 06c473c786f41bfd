import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Input, InputNumber, Select, Table, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { can } from '../../../core/access.js';
import { APPROVAL_STEP_LABELS, APPROVAL_STEPS, type ApprovalStep } from '../../../core/requests.js';
import { api, type List } from '../../backend/client.js';
import { useLedgers, useMe } from '../../backend/queries.js';
import type { ApprovalChainOut, CalendarOverrideOut, LedgerOut, SettingsOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

/** /settings — the office settings, the working-day calendar and each ledger's approval chain. */
export function SettingsPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const roles = me?.roles ?? [];
  return (
    <div data-testid="settings-page">
      <PageHeader title={t('wf.settings')} />
      {can(roles, 'settings.read') && <OfficeSettings editable={can(roles, 'settings.write')} />}
      {can(roles, 'settings.read') && <CalendarSettings editable={can(roles, 'settings.write')} />}
      {can(roles, 'ledger.write') && <ApprovalChains />}
    </div>
  );
}

function useSave<T>(fn: (v: T) => Promise<unknown>, keys: string[][]) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      toast.success(t('common.saved'));
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e) => toast.error(e.message),
  });
}

function OfficeSettings({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const query = useQuery({ queryKey: ['settings'], queryFn: () => api.get<SettingsOut>('/api/settings') });
  const [draft, setDraft] = useState<SettingsOut>({});
  const save = useSave((v: SettingsOut) => api.patch('/api/settings', v), [['settings'], ['items']]);
  const values = { ...query.data, ...draft };
  return (
    <Card size="small" title={t('wf.officeSettings')} style={{ marginBottom: 16 }}>
      {Object.keys(query.data ?? {}).map((key) => (
        <Flex key={key} gap={8} align="center" wrap style={{ marginBottom: 8 }}>
          <span style={{ minWidth: 240 }}>{t(`wf.setting.${key}` as MessageKey)}</span>
          <InputNumber
            value={values[key]}
            disabled={!editable}
            onChange={(v) => setDraft((d) => ({ ...d, [key]: Number(v) }))}
            data-testid={`setting-${key}`}
          />
        </Flex>
      ))}
      {editable && (
        <Button
          type="primary"
          disabled={!Object.keys(draft).length}
          loading={save.isPending}
          onClick={() => save.mutate(draft, { onSuccess: () => setDraft({}) })}
        >
          {t('common.save')}
        </Button>
      )}
    </Card>
  );
}

function CalendarSettings({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['calendar'],
    queryFn: () => api.get<List<CalendarOverrideOut>>('/api/calendar/overrides'),
  });
  const [date, setDate] = useState<dayjs.Dayjs | null>(null);
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [name, setName] = useState('');
  const keys = [['calendar'], ['items']];
  const put = useSave(
    (v: { date: string; kind: string; name: string }) =>
      api.put(`/api/calendar/overrides/${v.date}`, { kind: v.kind, name: v.name || null }),
    keys,
  );
  const remove = useSave((d: string) => api.delete(`/api/calendar/overrides/${d}`), keys);
  return (
    <Card size="small" title={t('wf.calendar')} style={{ marginBottom: 16 }} data-testid="calendar-settings">
      <p style={{ color: 'rgba(0,0,0,0.45)' }}>{t('wf.calendarHint')}</p>
      {editable && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <DatePicker value={date} onChange={setDate} placeholder={t('wf.date')} />
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 140 }}
            options={[
              { value: 'holiday', label: t('wf.holiday') },
              { value: 'workday', label: t('wf.workday') },
            ]}
          />
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('wf.dayName')}
            style={{ width: 160 }}
            maxLength={50}
          />
          <Button
            type="primary"
            disabled={!date}
            loading={put.isPending}
            onClick={() => date && put.mutate({ date: date.format('YYYY-MM-DD'), kind, name })}
          >
            {t('wf.add')}
          </Button>
        </Flex>
      )}
      <Table<CalendarOverrideOut>
        size="small"
        rowKey="date"
        pagination={false}
        dataSource={query.data?.items ?? []}
        scroll={{ x: true }}
        columns={[
          { title: t('wf.date'), dataIndex: 'date' },
          {
            title: t('wf.dayKind'),
            dataIndex: 'kind',
            render: (k: string) => (
              <Tag color={k === 'holiday' ? 'red' : 'blue'}>
                {t(k === 'holiday' ? 'wf.holiday' : 'wf.workday')}
              </Tag>
            ),
          },
          { title: t('wf.dayName'), dataIndex: 'name' },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, r: CalendarOverrideOut) => (
                    <Button type="link" danger onClick={() => remove.mutate(r.date)}>
                      {t('common.delete')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function ApprovalChains() {
  const { t } = useI18n();
  const ledgers = useLedgers({ pageSize: 200 });
  return (
    <Card size="small" title={t('wf.chains')} data-testid="approval-chains">
      {(ledgers.data?.items ?? []).map((l) => (
        <ChainRow key={l.id} ledger={l} />
      ))}
    </Card>
  );
}

function ChainRow({ ledger }: { ledger: LedgerOut }) {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: ['chains', ledger.id],
    queryFn: () => api.get<ApprovalChainOut>(`/api/ledgers/${ledger.id}/approval-chain`),
  });
  const save = useSave(
    (steps: ApprovalStep[]) => api.put(`/api/ledgers/${ledger.id}/approval-chain`, { steps }),
    [['chains', ledger.id]],
  );
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
      <span style={{ minWidth: 160 }}>{ledger.name}</span>
      <Select<ApprovalStep[]>
        mode="multiple"
        style={{ minWidth: 320, flex: 1 }}
        value={query.data?.steps ?? []}
        onChange={(steps) => steps.length && save.mutate(steps)}
        options={APPROVAL_STEPS.map((s) => ({ value: s, label: APPROVAL_STEP_LABELS[s][lang] }))}
      />
      {query.data?.isDefault && <Tag>{t('wf.chainDefault')}</Tag>}
    </Flex>
  );
}
