import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../backend/client.js';
import { useLedgers } from '../../backend/queries.js';
import type { ItemOut } from '../../backend/types.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';

/** What becomes a rectification item: a finding, or a failed criterion of an assessment. */
export interface RectifyTarget {
  text: string;
  /** The API path to post to. */
  url: string;
}

/**
 * A finding or failed criterion made a rectification item (整改事项): ledger,
 * unit responsible, deadline, and whether to assign now (not while the
 * unannounced inspection is hidden from the unit).
 */
export function RectifyModal({
  unitId,
  hidden,
  target,
  onClose,
}: {
  unitId: string;
  hidden: boolean;
  target: RectifyTarget | null;
  onClose: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const client = useQueryClient();
  const ledgers = useLedgers();
  const [form] = Form.useForm<{
    ledgerId: string;
    unitId: string;
    dueDate: Dayjs;
    title?: string;
    assign: boolean;
  }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    if (!target) return;
    setSaving(true);
    try {
      const item = await api.post<ItemOut>(target.url, {
        ledgerId: v.ledgerId,
        unitId: v.unitId,
        dueDate: v.dueDate.format('YYYY-MM-DD'),
        title: v.title?.trim() || undefined,
        assign: v.assign,
      });
      toast.success(t('ins.rectifyDone', { code: item.code }));
      void client.invalidateQueries({ queryKey: ['fieldwork'] });
      void client.invalidateQueries({ queryKey: ['items'] });
      onClose();
    } catch (e) {
      toast.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={!!target}
      title={t('ins.rectifyTitle')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'rectify-ok' } as Record<`data-${string}`, string>}
    >
      <Typography.Paragraph>{target?.text}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          unitId,
          dueDate: dayjs().add(30, 'day'),
          assign: !hidden,
        }}
      >
        <Form.Item name="ledgerId" label={t('ins.ledger')} rules={[{ required: true }]}>
          <Select
            options={(ledgers.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
            data-testid="rectify-ledger"
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('ins.leadUnit')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="dueDate" label={t('ins.deadline')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="title" label={t('ins.itemTitle')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="assign" valuePropName="checked">
          <Checkbox disabled={hidden}>{t('ins.assignNow')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
