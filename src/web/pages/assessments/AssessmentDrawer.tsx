import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AssessmentOut } from '../../../core/schemas/checklist.js';
import { api } from '../../backend/client.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useChecklists } from '../inspections/inspectionQueries.js';

interface Values {
  checklistId: string;
  unitId: string;
  assessedOn: Dayjs;
  comments?: string;
  scores: Record<string, number>;
}

/** Scores a unit on site against a checklist, criterion by criterion; photos are added on the assessment's page. */
export function AssessmentDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useQueryClient();
  const checklists = useChecklists();
  const [form] = Form.useForm<Values>();
  const checklistId = Form.useWatch('checklistId', form);
  const checklist = checklists.data?.items.find((c) => c.id === checklistId);
  const [saving, setSaving] = useState(false);
  const submit = async (v: Values) => {
    if (!checklist) return;
    setSaving(true);
    try {
      const out = await api.post<AssessmentOut>('/api/assessments', {
        checklistId: v.checklistId,
        unitId: v.unitId,
        assessedOn: v.assessedOn.format('YYYY-MM-DD'),
        comments: v.comments || null,
        scores: checklist.criteria.map((c) => ({ criterionId: c.id, score: v.scores?.[c.id] ?? 0 })),
      });
      toast.success(t('asm.saved'));
      void client.invalidateQueries({ queryKey: ['fieldwork'] });
      onClose();
      navigate(`/assessments/${out.id}`);
    } catch (e) {
      toast.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('asm.new')} size="large" destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ assessedOn: dayjs() }}>
        <Form.Item name="checklistId" label={t('asm.checklist')} rules={[{ required: true }]}>
          <Select
            size="large"
            options={(checklists.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('asm.unit')} rules={[{ required: true }]}>
          <UnitSelect size="large" />
        </Form.Item>
        <Form.Item name="assessedOn" label={t('asm.date')} rules={[{ required: true }]}>
          <DatePicker
            size="large"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        {checklist?.criteria.map((c) => (
          <Form.Item
            key={c.id}
            name={['scores', c.id]}
            label={`${c.title}（${t('asm.maxTotal', { n: c.weight })}）`}
            rules={[{ required: true }]}
            extra={c.description && <Typography.Text type="secondary">{c.description}</Typography.Text>}
          >
            <InputNumber size="large" min={0} max={c.weight} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item name="comments" label={t('asm.comments')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
