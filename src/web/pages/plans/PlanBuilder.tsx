import { useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Drawer, Flex, Input, InputNumber, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { VISIT_REASON_LABELS } from '../../../core/inspection.js';
import type { CandidateOut, PlanDetailOut } from '../../../core/schemas/inspection.js';
import { api, type Query } from '../../backend/client.js';
import { useLedgers } from '../../backend/queries.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { useCandidates, useInspectors } from '../inspections/inspectionQueries.js';

interface Row {
  inspectorId?: string;
  day: Dayjs;
}

/** Builds a visit plan from the ledger: filters → candidate items → an inspector and a day for each chosen one. */
export function PlanBuilder({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const L = useLabel();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useQueryClient();
  const ledgers = useLedgers();
  const inspectors = useInspectors();
  const [title, setTitle] = useState('');
  const [ledgerId, setLedgerId] = useState<string | undefined>();
  const [red, setRed] = useState(true);
  const [staleDays, setStaleDays] = useState<number | null>(30);
  const [obstacles, setObstacles] = useState(true);
  const [query, setQuery] = useState<Query | null>(null);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [defaultInspector, setDefaultInspector] = useState<string | undefined>();
  const candidates = useCandidates(query);
  const [saving, setSaving] = useState(false);

  const chosen = Object.entries(rows);
  const save = async () => {
    if (!chosen.length) return toast.warning(t('plan.pickSome'));
    setSaving(true);
    try {
      const plan = await api.post<PlanDetailOut>('/api/plans', {
        title: title.trim() || t('plan.title'),
        visits: chosen.map(([itemId, r]) => ({
          itemId,
          inspectorId: r.inspectorId ?? defaultInspector,
          plannedOn: r.day.format('YYYY-MM-DD'),
          reasons: candidates.data?.items.find((c) => c.itemId === itemId)?.reasons ?? [],
        })),
      });
      toast.success(t('plan.created'));
      void client.invalidateQueries({ queryKey: ['fieldwork'] });
      onClose();
      navigate(`/plans/${plan.id}`);
    } catch (e) {
      toast.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  const inspectorOptions = (inspectors.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }));

  return (
    <Drawer open={open} onClose={onClose} title={t('plan.new')} size="large" destroyOnHidden>
      <Flex vertical gap={12}>
        <Input
          placeholder={t('plan.name')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
        />
        <Flex wrap gap={12} align="center">
          <Select
            allowClear
            placeholder={t('plan.ledger')}
            style={{ minWidth: 180 }}
            value={ledgerId}
            onChange={setLedgerId}
            options={(ledgers.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
          />
          <Checkbox checked={red} onChange={(e) => setRed(e.target.checked)}>
            {t('plan.red')}
          </Checkbox>
          <Checkbox checked={obstacles} onChange={(e) => setObstacles(e.target.checked)}>
            {t('plan.obstacles')}
          </Checkbox>
          <span>
            {t('plan.stale')}{' '}
            <InputNumber
              min={1}
              max={3650}
              value={staleDays}
              onChange={(v) => setStaleDays(v)}
              style={{ width: 80 }}
            />
          </span>
          <Button
            type="primary"
            onClick={() =>
              setQuery({
                ledgerId,
                red: red || undefined,
                obstacles: obstacles || undefined,
                staleDays: staleDays ?? undefined,
              })
            }
            data-testid="find-candidates"
          >
            {t('plan.find')}
          </Button>
        </Flex>
        <Flex wrap gap={12} align="center">
          {t('plan.inspector')}
          <Select
            style={{ minWidth: 180 }}
            value={defaultInspector}
            onChange={setDefaultInspector}
            options={inspectorOptions}
          />
        </Flex>
        {candidates.data && (
          <Table<CandidateOut>
            rowKey="itemId"
            size="small"
            scroll={{ x: 760 }}
            title={() => t('plan.candidates', { n: candidates.data.total })}
            dataSource={candidates.data.items}
            pagination={false}
            rowSelection={{
              selectedRowKeys: Object.keys(rows),
              onChange: (keys) =>
                setRows((prev) => {
                  const next: Record<string, Row> = {};
                  for (const k of keys as string[]) next[k] = prev[k] ?? { day: dayjs().add(1, 'day') };
                  return next;
                }),
            }}
            columns={[
              { title: t('items.code'), dataIndex: 'code', width: 120 },
              { title: t('ingest.titleField'), dataIndex: 'title' },
              { title: t('ins.leadUnit'), dataIndex: 'leadUnitName', width: 120 },
              {
                title: t('plan.reasons'),
                dataIndex: 'reasons',
                width: 150,
                render: (rs: CandidateOut['reasons']) =>
                  rs.map((r) => <Tag key={r}>{L(VISIT_REASON_LABELS, r)}</Tag>),
              },
              {
                title: t('plan.lastInspected'),
                dataIndex: 'lastInspectedOn',
                width: 100,
                render: (d: string | null) => d ?? t('plan.never'),
              },
              {
                title: t('plan.inspector'),
                width: 140,
                render: (_, c) =>
                  rows[c.itemId] && (
                    <Select
                      size="small"
                      style={{ width: 120 }}
                      value={rows[c.itemId].inspectorId ?? defaultInspector}
                      options={inspectorOptions}
                      onChange={(v) =>
                        setRows((p) => ({ ...p, [c.itemId]: { ...p[c.itemId], inspectorId: v } }))
                      }
                    />
                  ),
              },
              {
                title: t('plan.day'),
                width: 140,
                render: (_, c) =>
                  rows[c.itemId] && (
                    <DatePicker
                      size="small"
                      value={rows[c.itemId].day}
                      allowClear={false}
                      onChange={(d) =>
                        d && setRows((p) => ({ ...p, [c.itemId]: { ...p[c.itemId], day: d } }))
                      }
                    />
                  ),
              },
            ]}
          />
        )}
        <Button
          type="primary"
          size="large"
          loading={saving}
          disabled={!chosen.length || chosen.some(([, r]) => !(r.inspectorId ?? defaultInspector))}
          onClick={save}
          data-testid="create-plan"
        >
          {t('plan.create', { n: chosen.length })}
        </Button>
      </Flex>
    </Drawer>
  );
}
