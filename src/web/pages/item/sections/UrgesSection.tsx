import { PhoneOutlined } from '@ant-design/icons';
import {
  Button,
  type ButtonProps,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Select,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { URGE_METHOD_LABELS, URGE_METHODS, type UrgeMethod } from '../../../../core/notices.js';
import { api } from '../../../backend/client.js';
import { useMe } from '../../../backend/queries.js';
import type { ItemOut, UrgeOut } from '../../../backend/types.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { fmtInstant } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';
import { useItemUrges, useNoticeMutation, useNotices } from '../../notices/noticeQueries.js';

/** 催办记录: who was urged on this item, how, when, and what they answered; supervisors record new urges. */
export function UrgesSection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const me = useMe().data;
  const [open, setOpen] = useState(false);
  const query = useItemUrges(item.id);
  const canUrge =
    !!me?.permissions.includes('urge.write') && item.status !== 'draft' && item.responsibilities.length > 0;
  const methodLabel = (m: string) =>
    (URGE_METHODS as readonly string[]).includes(m) ? L(URGE_METHOD_LABELS, m as UrgeMethod) : m;
  return (
    <div data-testid="item-urges">
      {canUrge && (
        <Button
          icon={<PhoneOutlined />}
          onClick={() => setOpen(true)}
          style={{ marginBottom: 12 }}
          data-testid="urge-open"
        >
          {t('urge.record')}
        </Button>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('urge.none')} />
      ) : (
        <List
          size="small"
          dataSource={query.data.items}
          renderItem={(u: UrgeOut) => (
            <List.Item key={u.id} data-testid="urge">
              <div style={{ width: '100%' }}>
                <Flex wrap gap={6} align="center">
                  <Tag color="orange">{methodLabel(u.method)}</Tag>
                  {u.source === 'ladder' && <Tag>{t('urge.byLadder')}</Tag>}
                  <strong>{[u.toPersonName, u.toText].filter(Boolean).join('，')}</strong>
                  <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{u.unitName}</span>
                </Flex>
                <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                  {fmtInstant(u.urgedAt, lang)}
                  {u.createdByName ? ` · ${u.createdByName}` : ''}
                  {u.noticeNumber ? ` · ${u.noticeNumber}` : ''}
                </div>
                {u.answer && (
                  <div>
                    {t('urge.answer')}：{u.answer}
                  </div>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
      {canUrge && <UrgeForm item={item} open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}

interface Values {
  method: UrgeMethod;
  unitId: string;
  toPersonId?: string | null;
  toText?: string;
  urgedAt: Dayjs;
  answer?: string;
  noticeId?: string | null;
}

function UrgeForm({ item, open, onClose }: { item: ItemOut; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const L = useLabel();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const method = Form.useWatch('method', form);
  const resp = item.responsibilities.find((r) => r.unitId === unitId);
  const chain = resp ? [resp.leader, resp.deputy, resp.responsible].filter((p) => !!p) : [];
  const notices = useNotices(
    { itemId: item.id, unitId, pageSize: 50 },
    open && !!unitId && method === 'notice',
  );
  const save = useNoticeMutation(
    (v: Values) =>
      api.post<UrgeOut>(`/api/items/${item.id}/urges`, {
        method: v.method,
        unitId: v.unitId,
        toPersonId: v.toPersonId ?? null,
        toText: v.toText || null,
        urgedAt: v.urgedAt.toISOString(),
        answer: v.answer || null,
        noticeId: v.method === 'notice' ? (v.noticeId ?? null) : null,
      }),
    t('urge.saved'),
    () => {
      form.resetFields();
      onClose();
    },
  );
  const lead = item.responsibilities.find((r) => r.role === 'lead') ?? item.responsibilities[0];
  return (
    <Modal
      open={open}
      title={t('urge.record')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'urge-save' } as ButtonProps}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ method: 'phone', unitId: lead?.unitId, urgedAt: dayjs() }}
      >
        <Form.Item name="method" label={t('urge.method')} rules={[{ required: true }]}>
          <Select
            options={URGE_METHODS.map((m) => ({ value: m, label: L(URGE_METHOD_LABELS, m) }))}
            data-testid="urge-method"
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('urge.unit')} rules={[{ required: true }]}>
          <Select
            options={item.responsibilities.map((r) => ({ value: r.unitId, label: r.unitName }))}
            onChange={() => form.setFieldsValue({ toPersonId: null, noticeId: null })}
          />
        </Form.Item>
        <Form.Item name="toPersonId" label={t('urge.person')}>
          <Select
            allowClear
            options={chain.map((p) => ({
              value: p?.id,
              label: p?.title ? `${p.displayName}（${p.title}）` : p?.displayName,
            }))}
            data-testid="urge-person"
          />
        </Form.Item>
        <Form.Item
          name="toText"
          label={t('urge.toText')}
          dependencies={['toPersonId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                getFieldValue('toPersonId') || (v && String(v).trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('urge.needWho'))),
            }),
          ]}
        >
          <Input maxLength={200} data-testid="urge-to-text" />
        </Form.Item>
        {method === 'notice' && (
          <Form.Item name="noticeId" label={t('urge.notice')}>
            <Select
              allowClear
              options={(notices.data?.items ?? []).map((n) => ({ value: n.id, label: n.number }))}
            />
          </Form.Item>
        )}
        <Form.Item name="urgedAt" label={t('urge.at')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="answer" label={t('urge.answer')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="urge-answer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
