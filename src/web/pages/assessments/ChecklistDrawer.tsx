import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Flex, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { api } from '../../backend/client.js';
import { errorText } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';

interface Values {
  name: string;
  description?: string;
  criteria: { title: string; weight: number }[];
}

/** A new checklist (考评标准): named criteria, each with its full marks. */
export function ChecklistDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const submit = async (v: Values) => {
    setSaving(true);
    try {
      await api.post('/api/checklists', { ...v, description: v.description || null });
      void client.invalidateQueries({ queryKey: ['fieldwork'] });
      onClose();
    } catch (e) {
      toast.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('asm.newChecklist')} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ criteria: [{ title: '', weight: 20 }] }}
      >
        <Form.Item name="name" label={t('asm.checklist')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('asm.comments')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item
                    name={[f.name, 'title']}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: 1 }}
                  >
                    <Input placeholder={t('asm.criterion')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={1000} placeholder={t('asm.weight')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ title: '', weight: 20 })}
              >
                {t('asm.addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" block loading={saving} style={{ marginTop: 16 }}>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
