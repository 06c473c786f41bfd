import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  INSPECTION_METHOD_LABELS,
  INSPECTION_METHODS,
  INSPECTION_VERDICT_LABELS,
  INSPECTION_VERDICTS,
  type InspectionMethod,
  type InspectionVerdict,
} from '../../../core/inspection.js';
import type { InspectionOut } from '../../../core/schemas/inspection.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import type { ItemOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { ItemPicker } from './ItemPicker.js';
import { useInspectors } from './inspectionQueries.js';

interface Values {
  method: InspectionMethod;
  inspectedOn: Dayjs;
  unitId: string;
  itemIds: string[];
  inspectorIds: string[];
  place?: string;
  summary: string;
  verdict: InspectionVerdict;
  findings?: { text: string; itemId?: string | null }[];
}

/**
 * Records an inspection — on a phone on site as well as at a desk: big
 * choices, today's date, the planned visit's item and unit filled in
 * (`?visit=…&item=…`). Saving opens the record, where the photos are added.
 */
export function InspectionFormPage() {
  const t = useT();
  const L = useLabel();
  const navigate = useNavigate();
  const toast = useToast();
  const client = useQueryClient();
  const me = useMe().data;
  const [params] = useSearchParams();
  const visitId = params.get('visit');
  const itemId = params.get('item');
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const inspectors = useInspectors();
  const item = useQuery({
    queryKey: ['items', 'one', itemId],
    queryFn: () => api.get<ItemOut>(`/api/items/${itemId}`),
    enabled: !!itemId,
  });
  const chosen = Form.useWatch('itemIds', form) ?? [];
  const lead = item.data?.responsibilities.find((r) => r.role === 'lead')?.unitId;
  if (item.data && !form.getFieldValue('unitId') && lead) form.setFieldValue('unitId', lead);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const out = await api.post<InspectionOut>('/api/inspections', {
        method: v.method,
        inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
        unitId: v.unitId,
        itemIds: v.itemIds ?? [],
        inspectorIds: v.inspectorIds ?? [],
        place: v.place || null,
        summary: v.summary,
        verdict: v.verdict,
        findings: (v.findings ?? [])
          .filter((f) => f?.text?.trim())
          .map((f) => ({ text: f.text, itemId: f.itemId ?? null })),
        visitId,
      });
      toast.success(t('ins.saved'));
      void client.invalidateQueries({ queryKey: ['fieldwork'] });
      navigate(`/inspections/${out.id}`, { replace: true });
    } catch (e) {
      toast.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const big = { size: 'large' as const };
  return (
    <>
      <PageHeader title={t('ins.new')} back="/inspections" testId="page-title" />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            method: (params.get('method') as InspectionMethod) ?? 'onsite',
            inspectedOn: dayjs(),
            itemIds: itemId ? [itemId] : [],
            inspectorIds: me ? [me.id] : [],
            verdict: 'fair',
          }}
          style={{ maxWidth: 720 }}
        >
          <Form.Item name="method" label={t('ins.method')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" {...big} data-testid="method">
              {INSPECTION_METHODS.map((m) => (
                <Radio.Button key={m} value={m} style={{ minHeight: 44 }}>
                  {L(INSPECTION_METHOD_LABELS, m)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="inspectedOn" label={t('ins.date')} rules={[{ required: true }]}>
            <DatePicker {...big} disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="itemIds" label={t('ins.items')}>
            <ItemPicker known={item.data ? [item.data] : []} />
          </Form.Item>
          <Form.Item name="unitId" label={t('ins.unit')} rules={[{ required: true }]}>
            <UnitSelect {...big} data-testid="unit" />
          </Form.Item>
          <Form.Item name="inspectorIds" label={t('ins.inspectors')}>
            <Select
              mode="multiple"
              {...big}
              options={(inspectors.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
            />
          </Form.Item>
          <Form.Item name="place" label={t('ins.place')}>
            <Input {...big} maxLength={200} />
          </Form.Item>
          <Form.Item name="summary" label={t('ins.summary')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={5000} data-testid="summary" />
          </Form.Item>
          <Form.Item name="verdict" label={t('ins.verdict')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" {...big}>
              {INSPECTION_VERDICTS.map((v) => (
                <Radio.Button key={v} value={v} style={{ minHeight: 44 }}>
                  {L(INSPECTION_VERDICT_LABELS, v)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.List name="findings">
            {(fields, { add, remove }) => (
              <Form.Item label={t('ins.findings')}>
                {fields.map((f) => (
                  <Card key={f.key} size="small" style={{ marginBottom: 8 }}>
                    <Form.Item
                      name={[f.name, 'text']}
                      rules={[{ required: true, whitespace: true }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input.TextArea rows={2} maxLength={2000} data-testid="finding-text" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'itemId']} style={{ marginBottom: 0 }}>
                      <Select
                        allowClear
                        placeholder={t('ins.findingItem')}
                        options={chosen.map((id) => ({
                          value: id,
                          label: id === item.data?.id ? `${item.data.code} ${item.data.title}` : id,
                        }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(f.name)}
                    />
                  </Card>
                ))}
                <Button
                  type="dashed"
                  {...big}
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add({ text: '' })}
                  data-testid="add-finding"
                >
                  {t('ins.addFinding')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={saving}
            style={{ minHeight: 52 }}
            data-testid="save-inspection"
          >
            {t('ins.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
