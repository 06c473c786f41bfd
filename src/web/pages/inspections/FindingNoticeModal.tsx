import { useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from '../../../core/notices.js';
import type { FindingOut } from '../../../core/schemas/inspection.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import { api } from '../../backend/client.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/**
 * A finding made a notice (督察通知单 by default) to the inspected unit about
 * the finding's item: what to do and by when; the number comes from the server.
 */
export function FindingNoticeModal({
  finding,
  hidden,
  onClose,
}: {
  finding: FindingOut | null;
  hidden: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const client = useQueryClient();
  const [form] = Form.useForm<{ kind: NoticeKind; requiredActions: string; replyDue: Dayjs }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    if (!finding) return;
    setSaving(true);
    try {
      const notice = await api.post<NoticeOut>(`/api/findings/${finding.id}/notice`, {
        kind: v.kind,
        requiredActions: v.requiredActions.trim(),
        replyDue: v.replyDue.format('YYYY-MM-DD'),
      });
      toast.success(t('ins.noticeDone', { number: notice.number }));
      void client.invalidateQueries({ queryKey: ['fieldwork'] });
      void client.invalidateQueries({ queryKey: ['notices'] });
      onClose();
    } catch (e) {
      toast.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={!!finding}
      title={t('ins.noticeTitle')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okButtonProps={{
        disabled: hidden,
        ...({ 'data-testid': 'finding-notice-ok' } as Record<`data-${string}`, string>),
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{finding?.text}</Typography.Paragraph>
      {hidden && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('ins.noticeHidden')} />
      )}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'inspection', replyDue: dayjs().add(10, 'day') }}
      >
        <Form.Item name="kind" label={t('ins.noticeKind')} rules={[{ required: true }]}>
          <Select options={NOTICE_KINDS.map((k) => ({ value: k, label: NOTICE_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item
          name="requiredActions"
          label={t('ins.requiredActions')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="finding-notice-actions" />
        </Form.Item>
        <Form.Item name="replyDue" label={t('ins.replyDue')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
