import { Alert, Button, DatePicker, Drawer, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from '../../../core/notices.js';
import { ApiError, api } from '../../backend/client.js';
import { useItems } from '../../backend/queries.js';
import type { ItemOut, NoticeOut } from '../../backend/types.js';
import { todayInChina } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { useNoticeMutation } from './noticeQueries.js';

interface Values {
  kind: NoticeKind;
  unitId: string;
  moreItemIds?: string[];
  findings: string;
  requiredActions: string;
  replyDue: Dayjs;
}

/** 下发通知单 from an item page: kind, one of the item's units, more items of that unit, content, deadline. */
export function IssueNoticeDrawer({
  item,
  open,
  onClose,
}: {
  item: ItemOut;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const unitId = Form.useWatch('unitId', form);
  const lead = item.responsibilities.find((r) => r.role === 'lead') ?? item.responsibilities[0];
  const others = useItems({ unitId, pageSize: 100 }, open && !!unitId);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      kind: 'inspection',
      unitId: lead?.unitId,
      moreItemIds: [],
      replyDue: dayjs(todayInChina()).add(7, 'day'),
    });
  }, [open, form, lead?.unitId]);

  const issue = useNoticeMutation(
    (v: Values) =>
      api.post<NoticeOut>('/api/notices', {
        kind: v.kind,
        unitId: v.unitId,
        itemIds: [item.id, ...(v.moreItemIds ?? [])],
        findings: v.findings,
        requiredActions: v.requiredActions,
        replyDue: v.replyDue.format('YYYY-MM-DD'),
      }),
    t('notice.issued'),
    (n) => {
      onClose();
      navigate(`/notices/${n.id}`);
    },
  );

  const otherItems = (others.data?.items ?? []).filter(
    (i) => i.id !== item.id && i.status !== 'draft' && i.status !== 'cancelled',
  );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('notice.issue')}
      width={Math.min(560, typeof window === 'undefined' ? 560 : window.innerWidth)}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={issue.isPending}
            onClick={() => form.submit()}
            data-testid="notice-issue-save"
          >
            {t('notice.issue')}
          </Button>
        </Flex>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          issue.mutate(v, { onError: (e) => setError(e instanceof ApiError ? e.message : String(e)) })
        }
      >
        <Form.Item name="kind" label={t('notice.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={NOTICE_KINDS.map((k) => ({ value: k, label: L(NOTICE_KIND_LABELS, k) }))}
            data-testid="notice-kind"
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('notice.unit')} rules={[{ required: true }]}>
          <Select
            options={item.responsibilities.map((r) => ({ value: r.unitId, label: r.unitName }))}
            onChange={() => form.setFieldValue('moreItemIds', [])}
            data-testid="notice-unit"
          />
        </Form.Item>
        <Form.Item name="moreItemIds" label={t('notice.moreItems')}>
          <Select
            mode="multiple"
            loading={others.isFetching}
            optionFilterProp="label"
            options={otherItems.map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))}
            data-testid="notice-more-items"
          />
        </Form.Item>
        <Form.Item
          name="findings"
          label={t('notice.findings')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={4} maxLength={5000} data-testid="notice-findings-input" />
        </Form.Item>
        <Form.Item
          name="requiredActions"
          label={t('notice.requiredActions')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={5000} data-testid="notice-actions-input" />
        </Form.Item>
        <Form.Item name="replyDue" label={t('notice.replyDue')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') < todayInChina()}
            data-testid="notice-due-input"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
