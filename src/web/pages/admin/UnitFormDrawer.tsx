import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { UNIT_KINDS, type UnitKind } from '../../../core/enums.js';
import { UNIT_KIND_LABELS } from '../../../core/labels.js';
import { UnitInput, UnitUpdate } from '../../../core/schemas/unit.js';
import { api } from '../../backend/client.js';
import type { UnitOut } from '../../backend/types.js';
import { FormDrawer } from '../../components/form/FormDrawer.js';
import { useZodForm } from '../../components/form/useZodForm.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

interface Values {
  name?: string;
  shortName?: string;
  aliases?: string[];
  kind?: UnitKind;
  parentId?: string | null;
  sortOrder?: number | null;
  archived?: boolean;
}

export function UnitFormDrawer({
  open,
  unit,
  onClose,
}: {
  open: boolean;
  unit?: UnitOut;
  onClose: () => void;
}) {
  const t = useT();
  const L = useLabel();
  const message = useToast();
  const queryClient = useQueryClient();
  const { form, validate, showServerError, formError, setFormError, onFieldsChange } = useZodForm<Values>();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      unit
        ? { ...unit, shortName: unit.shortName ?? '' }
        : {
            name: '',
            shortName: '',
            aliases: [],
            kind: 'department',
            parentId: null,
            sortOrder: 0,
            archived: false,
          },
    );
  }, [open, unit, form, setFormError]);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      unit ? api.patch<UnitOut>(`/api/units/${unit.id}`, body) : api.post<UnitOut>('/api/units', body),
    onSuccess: () => {
      message.success(unit ? t('common.saved') : t('common.created'));
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      onClose();
    },
    onError: showServerError,
  });

  function submit() {
    const v = form.getFieldsValue(true) as Values;
    const input = {
      name: v.name ?? '',
      shortName: v.shortName || null,
      aliases: v.aliases ?? [],
      kind: v.kind,
      parentId: v.parentId ?? null,
      sortOrder: v.sortOrder ?? 0,
    };
    const body = unit
      ? validate(UnitUpdate, { ...input, archived: !!v.archived, version: unit.version })
      : validate(UnitInput, input);
    if (body) save.mutate(body);
  }

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={unit ? t('units.edit') : t('units.new')}
      width={480}
      saving={save.isPending}
      onSave={submit}
      saveTestId="unit-save"
      error={formError}
    >
      <Form
        form={form}
        onFieldsChange={onFieldsChange}
        layout="vertical"
        onFinish={submit}
        data-testid="unit-form"
      >
        <Form.Item name="name" label={t('units.name')} required>
          <Input maxLength={60} data-testid="unit-name" />
        </Form.Item>
        <Form.Item name="shortName" label={t('units.shortName')}>
          <Input maxLength={30} data-testid="unit-short-name" />
        </Form.Item>
        <Form.Item name="aliases" label={t('units.aliases')} extra={t('units.aliasesHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} data-testid="unit-aliases" />
        </Form.Item>
        <Form.Item name="kind" label={t('units.kind')} required>
          <Select
            options={UNIT_KINDS.map((k) => ({ value: k, label: L(UNIT_KIND_LABELS, k) }))}
            data-testid="unit-kind"
          />
        </Form.Item>
        <Form.Item name="parentId" label={t('units.parent')}>
          <UnitSelect allowClear exclude={unit ? [unit.id] : undefined} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('units.sortOrder')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
        {unit && (
          <Form.Item name="archived" label={t('units.archive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
