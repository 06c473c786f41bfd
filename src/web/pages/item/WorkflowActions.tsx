import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  type ButtonProps,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type RequestKind } from '../../../core/requests.js';
import { canEnter } from '../../auth/roles.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import type { FileOut, ItemOut } from '../../backend/types.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { AdjustmentForm } from './AdjustmentForm.js';
import { EvidenceUpload, uploadedIds } from './EvidenceUpload.js';

type Dialog = Exclude<RequestKind, 'adjustment'> | 'judge' | 'split' | 'checkback';
type Opens = Dialog | 'adjustment';

const TITLES: Record<Opens, MessageKey> = {
  extension: 'wf.extension',
  adjustment: 'wf.adjustment',
  completion: 'wf.completion',
  cancellation: 'wf.cancellation',
  judge: 'wf.judge',
  split: 'wf.split',
  checkback: 'wf.checkback',
};

const iso = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** What the form of each dialog sends, and where. */
function submission(item: ItemOut, dialog: Dialog, v: Record<string, unknown>): [string, unknown] {
  const base = { version: item.version };
  switch (dialog) {
    case 'extension':
      return [
        `/api/items/${item.id}/requests`,
        { ...base, kind: dialog, reason: v.reason, newDate: iso(v.newDate as dayjs.Dayjs) },
      ];
    case 'cancellation':
      return [`/api/items/${item.id}/requests`, { ...base, kind: dialog, reason: v.reason }];
    case 'completion':
      return [
        `/api/items/${item.id}/requests`,
        {
          ...base,
          kind: dialog,
          evidence: {
            statement: v.statement,
            fileIds: uploadedIds(v.evidence as UploadFile<FileOut>[]),
            milestoneNotes: item.milestones
              .filter((m) => !m.doneDate && v[`note_${m.id}`])
              .map((m) => ({ milestoneId: m.id, note: v[`note_${m.id}`] })),
          },
        },
      ];
    case 'judge':
      return [`/api/items/${item.id}/judgements`, { ...base, level: v.level, reason: v.reason }];
    case 'split':
      return [
        `/api/items/${item.id}/split`,
        {
          ...base,
          children: ((v.children as Record<string, unknown>[]) ?? []).map((c) => ({
            title: c.title,
            leadUnitId: c.leadUnitId,
            dueDate: iso(c.dueDate as dayjs.Dayjs),
          })),
        },
      ];
    case 'checkback':
      return [`/api/items/${item.id}/checkbacks`, { plannedOn: iso(v.plannedOn as dayjs.Dayjs) }];
  }
}

/**
 * The workflow's buttons on an item: the requests the server says this user
 * may make (延期、调整、办结、撤销), and a supervisor's judgement, split and
 * check-back. Each opens a small form; the server's error names the field.
 */
export function WorkflowActions({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const [form] = Form.useForm();
  const supervisor = !!me && canEnter(me.roles, 'editItems');
  const open = ['assigned', 'in_progress', 'pending_review'].includes(item.status);
  const dialogs: Opens[] = [
    ...item.requestKinds,
    ...(supervisor && open ? (['judge'] as const) : []),
    ...(supervisor && !item.parentId && ['draft', 'assigned', 'in_progress'].includes(item.status)
      ? (['split'] as const)
      : []),
    ...(supervisor && item.status === 'completed' ? (['checkback'] as const) : []),
  ];
  const run = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const [path, body] = submission(item, dialog as Dialog, values);
      return api.post(path, body);
    },
    onSuccess: () => {
      toast.success(
        dialog && dialog in { extension: 1, adjustment: 1, completion: 1, cancellation: 1 }
          ? t('wf.requestSubmitted')
          : t('common.saved'),
      );
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
      setDialog(null);
    },
    onError: (e) => toast.error(e.message),
  });
  if (!dialogs.length) return null;
  const undone = item.milestones.filter((m) => !m.doneDate);
  const date = (name: string | (string | number)[], label: string, initial?: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true }]}
      initialValue={initial ? dayjs(initial) : undefined}
    >
      <DatePicker
        style={{ width: '100%' }}
        data-testid={`wf-${Array.isArray(name) ? name.join('-') : name}`}
      />
    </Form.Item>
  );
  const text = (name: string, label: string, required = true) => (
    <Form.Item name={name} label={label} rules={[{ required }]}>
      <Input.TextArea rows={3} maxLength={2000} data-testid={`wf-${name}`} />
    </Form.Item>
  );
  return (
    <>
      <Flex wrap gap={8} data-testid="workflow-actions">
        {dialogs.map((d) => (
          <Button
            key={d}
            danger={d === 'cancellation'}
            onClick={() => {
              if (d === 'adjustment') return setAdjusting(true);
              form.resetFields();
              setDialog(d);
            }}
            data-testid={`wf-open-${d}`}
          >
            {t(TITLES[d])}
          </Button>
        ))}
      </Flex>
      <Modal
        open={dialog !== null}
        title={dialog ? t(TITLES[dialog]) : ''}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'wf-submit' } as ButtonProps}
        confirmLoading={run.isPending}
        onOk={() => form.validateFields().then((v) => run.mutate(v))}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog === 'extension' && (
            <>
              {date('newDate', t('wf.newDate'))}
              {text('reason', t('wf.reason'))}
            </>
          )}
          {dialog === 'cancellation' && text('reason', t('wf.reason'))}
          {dialog === 'completion' && (
            <>
              {text('statement', t('wf.statement'))}
              <EvidenceUpload itemId={item.id} name="evidence" />
              {undone.map((m) => (
                <Form.Item
                  key={m.id}
                  name={`note_${m.id}`}
                  label={t('wf.milestoneNote', { title: m.title })}
                  rules={[{ required: true }]}
                >
                  <Input maxLength={500} />
                </Form.Item>
              ))}
            </>
          )}
          {dialog === 'judge' && (
            <>
              <Form.Item name="level" label={t('wf.level')} rules={[{ required: true }]}>
                <Select
                  data-testid="wf-level"
                  options={CONFIDENCE_LEVELS.map((l) => ({
                    value: l,
                    label: `${l} · ${CONFIDENCE_LABELS[l][lang]}`,
                  }))}
                />
              </Form.Item>
              {text('reason', t('wf.reason'))}
            </>
          )}
          {dialog === 'split' && (
            <Form.List name="children" initialValue={[{}]}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} wrap align="start">
                      <Form.Item
                        name={[f.name, 'title']}
                        label={t('wf.childTitle')}
                        rules={[{ required: true }]}
                        style={{ flex: '1 1 180px' }}
                      >
                        <Input maxLength={200} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'leadUnitId']}
                        label={t('wf.leadUnit')}
                        rules={[{ required: true }]}
                        style={{ flex: '1 1 160px' }}
                      >
                        <UnitSelect />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'dueDate']}
                        label={t('wf.dueDate')}
                        rules={[{ required: true }]}
                        initialValue={dayjs(item.currentDueDate)}
                      >
                        <DatePicker />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button type="link" danger onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                          {t('common.delete')}
                        </Button>
                      )}
                    </Flex>
                  ))}
                  <Button onClick={() => add({})}>{t('wf.addChild')}</Button>
                </>
              )}
            </Form.List>
          )}
          {dialog === 'checkback' &&
            date('plannedOn', t('wf.plannedOn'), dayjs().add(4, 'week').format('YYYY-MM-DD'))}
        </Form>
      </Modal>
      {adjusting && <AdjustmentForm item={item} open onClose={() => setAdjusting(false)} />}
    </>
  );
}

/** A check-back's result form, for the check-backs list. */
export function CheckbackResult({
  id,
  version,
  onDone,
}: {
  id: string;
  version: number;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const [form] = Form.useForm();
  const run = useMutation({
    mutationFn: (v: { findings: string; reopen?: boolean }) =>
      api.post(`/api/checkbacks/${id}/result`, { version, findings: v.findings, reopen: !!v.reopen }),
    onSuccess: onDone,
    onError: (e) => toast.error(e.message),
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v)}>
      <Form.Item name="findings" label={t('wf.findings')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="reopen" valuePropName="checked">
        <Checkbox>{t('wf.reopen')}</Checkbox>
      </Form.Item>
      <Button htmlType="submit" loading={run.isPending}>
        {t('wf.record')}
      </Button>
    </Form>
  );
}
