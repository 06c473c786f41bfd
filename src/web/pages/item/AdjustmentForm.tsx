import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Divider, Form, Input } from 'antd';
import { useMemo } from 'react';
import { ApiError, api } from '../../backend/client.js';
import type { ItemOut, RequestOut } from '../../backend/types.js';
import { FormDrawer } from '../../components/form/FormDrawer.js';
import { useZodForm } from '../../components/form/useZodForm.js';
import type { KnownPerson } from '../../components/PersonSelect.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { MilestonesField } from '../item-form/MilestonesField.js';
import { ResponsibilitiesField } from '../item-form/ResponsibilitiesField.js';
import { TargetsField } from '../item-form/TargetsField.js';
import { type ItemFormValues, toFormValues, toInput } from '../item-form/values.js';

type Values = ItemFormValues & { reason?: string };
const CHANGEABLE = ['goal', 'targets', 'milestones', 'responsibilities'] as const;

/**
 * 调整申请: the core of an assigned item — goal, quantitative targets,
 * milestones' planned dates, the responsible units with their 主管领导 ·
 * 分管副职 · 具体责任人 — proposed as a whole form; only the parts that differ
 * from the item are sent, and the approvers see them before and after.
 */
export function AdjustmentForm({
  item,
  open,
  onClose,
}: {
  item: ItemOut;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { form, showServerError, formError, setFormError, onFieldsChange } = useZodForm<Values>();
  const initial = useMemo(() => toFormValues(item), [item]);
  const known = useMemo<KnownPerson[]>(
    () =>
      item.responsibilities.flatMap((r) =>
        [r.leader, r.deputy, r.responsible].filter((p): p is KnownPerson => !!p),
      ),
    [item],
  );
  const submit = useMutation({
    mutationFn: (body: unknown) => api.post<RequestOut>(`/api/items/${item.id}/requests`, body),
    onSuccess: () => {
      toast.success(t('wf.requestSubmitted'));
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
      onClose();
    },
    // The server names fields under `changes.`; the form holds them at the top.
    onError: (e) =>
      showServerError(
        e instanceof ApiError
          ? new ApiError(
              e.status,
              e.code,
              e.message,
              e.details.map((d) => ({ ...d, field: d.field?.replace(/^changes\./, '') })),
            )
          : e,
      ),
  });

  function save() {
    const values = form.getFieldsValue(true) as Values;
    const next = toInput(values);
    const before = toInput(initial);
    const changes: Record<string, unknown> = {};
    for (const key of CHANGEABLE) {
      // Done dates are kept as recorded: an adjustment re-plans, it does not rewrite history.
      const strip = (v: unknown) =>
        key === 'milestones' ? (v as { doneDate?: unknown }[]).map(({ doneDate: _, ...m }) => m) : v;
      if (JSON.stringify(strip(next[key])) !== JSON.stringify(strip(before[key])))
        changes[key] = strip(next[key]);
    }
    if (!Object.keys(changes).length) {
      setFormError(null);
      toast.info(t('adj.nothing'));
      return;
    }
    if (!values.reason?.trim()) {
      form.setFields([{ name: 'reason', errors: [t('v.required')] }]);
      void form.scrollToField('reason');
      return;
    }
    submit.mutate({ kind: 'adjustment', version: item.version, reason: values.reason.trim(), changes });
  }

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('adj.title')}
      width={760}
      saving={submit.isPending}
      onSave={save}
      saveTestId="adj-submit"
      error={formError}
    >
      <Alert type="info" showIcon message={t('adj.hint')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFieldsChange={onFieldsChange}
        data-testid="adjustment-form"
      >
        {/* What 倒排工期 lays the milestones back from. */}
        <Form.Item name="ledgerId" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="goal" label={t('adj.goal')}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="adj-goal" />
        </Form.Item>
        <Divider titlePlacement="start">{t('adj.targets')}</Divider>
        <TargetsField disabled={false} />
        <Divider titlePlacement="start">{t('adj.milestones')}</Divider>
        <MilestonesField withDone={false} />
        <Divider titlePlacement="start">{t('adj.responsibilities')}</Divider>
        <ResponsibilitiesField disabled={false} known={known} />
        <Divider />
        <Form.Item name="reason" label={t('adj.reason')} required>
          <Input.TextArea rows={3} maxLength={2000} data-testid="adj-reason" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
