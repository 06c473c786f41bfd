import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { LedgerInput, LedgerUpdate } from '../../../core/schemas/ledger.js';
import { api } from '../../backend/client.js';
import type { LedgerOut } from '../../backend/types.js';
import { FormDrawer } from '../../components/form/FormDrawer.js';
import { useZodForm } from '../../components/form/useZodForm.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';

interface Values {
  name: string;
  year: number | null;
  code: string;
  description: string;
  sortOrder: number | null;
  archived: boolean;
}

/** Create a ledger (`ledger` undefined) or edit one. */
export function LedgerFormDrawer({
  open,
  ledger,
  onClose,
}: {
  open: boolean;
  ledger?: LedgerOut;
  onClose: () => void;
}) {
  const t = useT();
  const message = useToast();
  const queryClient = useQueryClient();
  const { form, validate, showServerError, formError, setFormError, onFieldsChange } = useZodForm<Values>();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      ledger
        ? { ...ledger, description: ledger.description ?? '' }
        : {
            name: '',
            year: new Date().getFullYear(),
            code: '',
            description: '',
            sortOrder: 0,
            archived: false,
          },
    );
  }, [open, ledger, form, setFormError]);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      ledger
        ? api.patch<LedgerOut>(`/api/ledgers/${ledger.id}`, body)
        : api.post<LedgerOut>('/api/ledgers', body),
    onSuccess: () => {
      message.success(ledger ? t('common.saved') : t('common.created'));
      void queryClient.invalidateQueries({ queryKey: ['ledgers'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      onClose();
    },
    onError: showServerError,
  });

  function submit() {
    const v = form.getFieldsValue(true) as Values;
    const input = {
      name: v.name ?? '',
      year: v.year ?? undefined,
      code: (v.code ?? '').trim().toUpperCase(),
      description: v.description || null,
      sortOrder: v.sortOrder ?? 0,
    };
    const body = ledger
      ? validate(LedgerUpdate, { ...input, archived: v.archived, version: ledger.version })
      : validate(LedgerInput, input);
    if (body) save.mutate(body);
  }

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={ledger ? t('ledgers.edit') : t('ledgers.new')}
      width={480}
      saving={save.isPending}
      onSave={submit}
      saveTestId="ledger-save"
      error={formError}
    >
      <Form
        form={form}
        onFieldsChange={onFieldsChange}
        layout="vertical"
        onFinish={submit}
        data-testid="ledger-form"
      >
        <Form.Item name="name" label={t('ledgers.name')} required>
          <Input maxLength={60} data-testid="ledger-name" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="year" label={t('ledgers.year')} required>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} data-testid="ledger-year" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="code"
              label={t('ledgers.code')}
              required
              tooltip={t('ledgers.codeHint')}
              normalize={(v: string) => v.toUpperCase()}
            >
              <Input maxLength={6} data-testid="ledger-code" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('ledgers.description')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('ledgers.sortOrder')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
        {ledger && (
          <Form.Item name="archived" label={t('ledgers.archive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
