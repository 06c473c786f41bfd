import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import type { LadderOut } from '../../../core/schemas/reminder.js';
import { api } from '../../backend/client.js';
import { useLedgers } from '../../backend/queries.js';
import { QueryView } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

type Config = LadderOut['config'];
const parseDays = (s: string) =>
  s
    .split(/[,，、\s]+/)
    .map((x) => Number(x))
    .filter((n) => Number.isInteger(n) && n > 0);

/** The ladder: days before, the working days after the due date at which each rung climbs, per-ledger days. */
export function LadderCard({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['reminders', 'ladder'],
    queryFn: () => api.get<LadderOut>('/api/reminders/ladder'),
  });
  return (
    <Card size="small" title={t('rm.ladder')} style={{ marginBottom: 16 }} data-testid="ladder-card">
      <QueryView query={query}>{(l) => <LadderForm ladder={l} editable={editable} />}</QueryView>
    </Card>
  );
}

function LadderForm({ ladder, editable }: { ladder: LadderOut; editable: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const ledgers = useLedgers().data?.items ?? [];
  const [config, setConfig] = useState<Config>(ladder.config);
  const [daysText, setDaysText] = useState(ladder.config.daysBefore.join(', '));
  const [ledgerText, setLedgerText] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(ladder.config.ledgerDaysBefore).map(([k, v]) => [k, v.join(', ')])),
  );
  const [sendHour, setSendHour] = useState(ladder.sendHour);
  const save = useMutation({
    mutationFn: () =>
      api.put<LadderOut>('/api/reminders/ladder', {
        config: {
          ...config,
          daysBefore: parseDays(daysText),
          ledgerDaysBefore: Object.fromEntries(Object.entries(ledgerText).map(([k, v]) => [k, parseDays(v)])),
        },
        sendHour,
      }),
    onSuccess: (out) => {
      queryClient.setQueryData(['reminders', 'ladder'], out);
      void queryClient.invalidateQueries({ queryKey: ['reminders', 'preview'] });
      toast.success(t('common.saved'));
    },
    onError: (e) => toast.error(e.message),
  });
  const num = (key: keyof Config, label: MessageKey, min = 0) => (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
      <span style={{ flex: '1 1 320px' }}>{t(label)}</span>
      <InputNumber
        min={min}
        max={60}
        value={config[key] as number}
        disabled={!editable}
        onChange={(v) => setConfig((c) => ({ ...c, [key]: Number(v ?? 0) }))}
        data-testid={`ladder-${key}`}
      />
    </Flex>
  );
  return (
    <div>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <span style={{ flex: '1 1 320px' }}>
          {t('rm.rung1')} — {t('rm.daysBefore')}
        </span>
        <Input
          value={daysText}
          disabled={!editable}
          onChange={(e) => setDaysText(e.target.value)}
          style={{ width: 160 }}
          data-testid="ladder-daysBefore"
        />
      </Flex>
      {num('deputyAfter', 'rm.rung2')}
      {num('urgingAfter', 'rm.rung3')}
      {num('supervisionAfter', 'rm.rung4')}
      {num('lateFollowUp', 'rm.lateFollowUp', 1)}
      {num('ackWithin', 'rm.ackWithin', 1)}
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <span style={{ flex: '1 1 320px' }}>{t('rm.sendHour')}</span>
        <InputNumber
          min={0}
          max={23}
          value={sendHour}
          disabled={!editable}
          onChange={(v) => setSendHour(Number(v ?? 8))}
        />
      </Flex>
      <Typography.Text strong>{t('rm.ledgerDays')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('rm.ledgerDaysHint')}
      </Typography.Paragraph>
      {Object.entries(ledgerText).map(([id, text]) => (
        <Flex key={id} gap={8} align="center" wrap style={{ marginBottom: 8 }}>
          <span style={{ flex: '1 1 200px' }}>{ledgers.find((l) => l.id === id)?.name ?? id}</span>
          <Input
            value={text}
            disabled={!editable}
            style={{ width: 160 }}
            onChange={(e) => setLedgerText((m) => ({ ...m, [id]: e.target.value }))}
          />
          {editable && (
            <Button
              size="small"
              onClick={() =>
                setLedgerText((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== id)))
              }
            >
              {t('common.remove')}
            </Button>
          )}
        </Flex>
      ))}
      {editable && (
        <Select
          placeholder={t('rm.addLedger')}
          style={{ width: 240, marginBottom: 12 }}
          value={null}
          options={ledgers.filter((l) => !(l.id in ledgerText)).map((l) => ({ value: l.id, label: l.name }))}
          onChange={(id: string) => setLedgerText((m) => ({ ...m, [id]: daysText }))}
        />
      )}
      {editable && (
        <div>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="ladder-save"
          >
            {t('common.save')}
          </Button>
        </div>
      )}
      <Typography.Text strong style={{ display: 'block', marginTop: 16 }}>
        {t('rm.runs')}
      </Typography.Text>
      {ladder.runs.length ? (
        ladder.runs.map((r) => (
          <div key={r.day} style={{ fontSize: 13 }}>
            {t('rm.runLine', { day: r.day, reminders: r.reminders, digests: r.digests, notices: r.notices })}
          </div>
        ))
      ) : (
        <Typography.Text type="secondary">{t('rm.noRuns')}</Typography.Text>
      )}
    </div>
  );
}
