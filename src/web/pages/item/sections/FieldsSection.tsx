import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatChineseDate } from '../../../../core/dates.js';
import type { FieldValues, TemplateOut } from '../../../../core/schemas/template.js';
import { canEnter } from '../../../auth/roles.js';
import { api } from '../../../backend/client.js';
import { useMe } from '../../../backend/queries.js';
import type { ItemOut } from '../../../backend/types.js';
import { useToast } from '../../../components/toast.js';
import { useT } from '../../../i18n/I18nProvider.js';

/** 台账信息: the item's values of its ledger template's extra fields (套数, 面积, 封顶日期 …). */
export function FieldsSection({ item }: { item: ItemOut }) {
  const t = useT();
  const me = useMe().data;
  const template = useQuery({
    queryKey: ['ledgers', 'template', item.ledgerId],
    queryFn: () => api.get<TemplateOut>(`/api/ledgers/${item.ledgerId}/template`),
  });
  const values = useQuery({
    queryKey: ['items', 'fields', item.id],
    queryFn: () => api.get<FieldValues>(`/api/items/${item.id}/fields`),
  });
  const [editing, setEditing] = useState(false);
  const fields = template.data?.fields ?? [];
  // Fields removed from the template whose value this item still holds: shown, not edited (已停用字段).
  const retired = (template.data?.retired ?? []).filter((f) => {
    const v = values.data?.[f.key];
    return v !== undefined && v !== null && v !== '';
  });
  if (!fields.length && !retired.length) return <span data-testid="item-fields">—</span>;
  const shown = (key: string, type: string) => {
    const v = values.data?.[key];
    if (v === undefined || v === null || v === '') return '—';
    return type === 'date' ? formatChineseDate(String(v), true) : String(v);
  };
  return (
    <div data-testid="item-fields">
      <Descriptions size="small" column={1}>
        {fields.map((f) => (
          <Descriptions.Item key={f.key} label={f.unit ? `${f.label}（${f.unit}）` : f.label}>
            {shown(f.key, f.type)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {retired.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          title={<span style={{ fontSize: 13, color: 'rgba(0,0,0,0.45)' }}>{t('sheets.retiredFields')}</span>}
          data-testid="retired-fields"
        >
          {retired.map((f) => (
            <Descriptions.Item key={f.key} label={f.unit ? `${f.label}（${f.unit}）` : f.label}>
              <span style={{ color: 'rgba(0,0,0,0.45)' }}>{shown(f.key, f.type)}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {fields.length > 0 && me && canEnter(me.roles, 'editItems') && (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing(true)}
          data-testid="edit-fields"
        >
          {t('common.edit')}
        </Button>
      )}
      {editing && (
        <FieldsForm
          item={item}
          template={template.data as TemplateOut}
          values={values.data ?? {}}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}

function FieldsForm(props: {
  item: ItemOut;
  template: TemplateOut;
  values: FieldValues;
  onClose: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const initial = Object.fromEntries(
    props.template.fields.map((f) => {
      const v = props.values[f.key];
      return [f.key, f.type === 'date' && v ? dayjs(String(v)) : v];
    }),
  );
  async function save() {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const raw = form.getFieldsValue() as Record<string, string | number | Dayjs | null | undefined>;
    const body: FieldValues = {};
    for (const f of props.template.fields) {
      const v = raw[f.key];
      body[f.key] = v === undefined || v === '' ? null : dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
    }
    try {
      await api.put(`/api/items/${props.item.id}/fields`, body);
      await client.invalidateQueries({ queryKey: ['items', 'fields', props.item.id] });
      toast.success(t('item.fieldsSaved'));
      props.onClose();
    } catch (e) {
      toast.error((e as Error).message);
    }
  }
  return (
    <Modal open title={t('item.fields')} onOk={save} onCancel={props.onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial}>
        {props.template.fields.map((f) => (
          <Form.Item
            key={f.key}
            name={f.key}
            label={f.unit ? `${f.label}（${f.unit}）` : f.label}
            rules={f.required ? [{ required: true, message: t('sheets.fieldRequired') }] : undefined}
          >
            {f.type === 'number' ? (
              <InputNumber style={{ width: '100%' }} />
            ) : f.type === 'date' ? (
              <DatePicker style={{ width: '100%' }} />
            ) : f.type === 'choice' ? (
              <Select allowClear options={f.choices.map((c) => ({ value: c, label: c }))} />
            ) : (
              <Input maxLength={500} />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
