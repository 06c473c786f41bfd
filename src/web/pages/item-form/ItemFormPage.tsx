import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { CADENCES, ITEM_SOURCES, PRIORITIES } from '../../../core/enums.js';
import { fieldLabel } from '../../../core/field-labels.js';
import { CADENCE_LABELS, PRIORITY_LABELS, SOURCE_LABELS } from '../../../core/labels.js';
import { ItemInput, ItemUpdate } from '../../../core/schemas/item.js';
import { isCoreEditable } from '../../../core/status.js';
import { api } from '../../backend/client.js';
import { useItem, useLedgers } from '../../backend/queries.js';
import type { ItemOut } from '../../backend/types.js';
import { FormError } from '../../components/form/FormError.js';
import { useZodForm } from '../../components/form/useZodForm.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import type { KnownPerson } from '../../components/PersonSelect.js';
import { useToast } from '../../components/toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { MilestonesField } from './MilestonesField.js';
import { ResponsibilitiesField } from './ResponsibilitiesField.js';
import { SimilarItemsWarning } from './SimilarItemsWarning.js';
import { TargetsField } from './TargetsField.js';
import { changedFields, emptyValues, type ItemFormValues, toFormValues, toInput } from './values.js';

/** /items/new and /items/:id/edit. */
export function ItemFormPage() {
  const { id } = useParams();
  const item = useItem(id);
  if (id && item.isPending) return <Loading />;
  if (id && item.isError) return <ErrorState error={item.error} onRetry={() => item.refetch()} />;
  return <ItemForm key={id ?? 'new'} item={id ? item.data : undefined} onReload={() => item.refetch()} />;
}

/** The longest title the schema takes (core/schemas/item.ts). */
const TITLE_MAX = 200;

function ItemForm({ item, onReload }: { item?: ItemOut; onReload: () => Promise<unknown> }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const message = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const ledgers = useLedgers();
  const { form, validate, showServerError, formError, setFormError, onFieldsChange } =
    useZodForm<ItemFormValues>();
  const locked = !!item && !isCoreEditable(item.status);
  const title = Form.useWatch('title', form) as string | undefined;
  const ledgerId = Form.useWatch('ledgerId', form) as string | undefined;
  const titleLength = [...(title ?? '')].length;
  /** The user's own changes, to lay over the fresh item once it arrives after a stale-version refusal. */
  const keep = useRef<Partial<ItemFormValues> | null>(null);
  const [reloaded, setReloaded] = useState<string | null>(null);

  const initial = useMemo(
    () =>
      item
        ? toFormValues(item)
        : emptyValues({
            ledgerId: params.get('ledgerId') ?? undefined,
            parentId: params.get('parentId') ?? undefined,
          }),
    [item, params],
  );
  useEffect(() => {
    const mine = keep.current;
    keep.current = null;
    form.setFieldsValue(mine ? { ...initial, ...mine } : initial);
  }, [form, initial]);

  /**
   * After a stale-version refusal: load what the other person saved and keep
   * what this user changed — their fields win, the rest is the fresh item —
   * and say which fields were kept. The refusal banner goes.
   */
  async function reloadKeepingChanges() {
    if (!item) return;
    const values = form.getFieldsValue(true) as ItemFormValues;
    const changed = Object.keys(changedFields(toInput(values), toInput(toFormValues(item)), false));
    keep.current = Object.fromEntries(changed.map((k) => [k, values[k as keyof ItemFormValues]]));
    setFormError(null);
    await onReload();
    setReloaded(
      changed.length
        ? t('form.reloadedKeeping', {
            fields: changed.map((k) => fieldLabel(k, lang) ?? k).join(lang === 'zh' ? '、' : ', '),
          })
        : t('form.reloadedNothingKept'),
    );
  }

  const known = useMemo<KnownPerson[]>(
    () =>
      (item?.responsibilities ?? []).flatMap((r) =>
        [r.leader, r.deputy, r.responsible].filter((p): p is KnownPerson => !!p),
      ),
    [item],
  );

  const save = useMutation({
    mutationFn: (body: unknown) =>
      item ? api.patch<ItemOut>(`/api/items/${item.id}`, body) : api.post<ItemOut>('/api/items', body),
    onSuccess: (saved) => {
      message.success(item ? t('common.saved') : t('common.created'));
      queryClient.setQueryData(['items', 'one', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      navigate(`/items/${saved.id}`, { replace: !!item });
    },
    onError: showServerError,
  });

  function submit() {
    const values = form.getFieldsValue(true) as ItemFormValues;
    const input = toInput(values);
    // The one cross-field rule worth checking before the round trip.
    const extra =
      typeof input.startDate === 'string' &&
      typeof input.dueDate === 'string' &&
      input.dueDate < input.startDate
        ? [{ name: ['dueDate'], errors: [t('form.dueBeforeStart')] }]
        : [];
    if (!item) {
      const body = validate(ItemInput, input, extra);
      if (body) save.mutate(body);
      return;
    }
    const changes = changedFields(input, toInput(toFormValues(item)), locked);
    if (!Object.keys(changes).length) {
      message.info(t('common.noChanges'));
      return;
    }
    const body = validate(ItemUpdate, { ...changes, version: item.version }, extra);
    if (body) save.mutate(body);
  }

  const col2 = { xs: 24, md: 12 } as const;
  const col4 = { xs: 12, md: 6 } as const;

  return (
    <div data-testid="item-form-page">
      <PageHeader
        back={item ? `/items/${item.id}` : '/items'}
        title={item ? t('form.editItem') : t('form.newItem')}
        subtitle={item ? `${item.code} · ${item.title}` : undefined}
        testId="page-title"
      />
      {locked && (
        <Alert
          type="info"
          showIcon
          title={t('form.coreLocked')}
          style={{ marginBottom: 16 }}
          data-testid="core-locked"
        />
      )}
      <FormError
        error={formError}
        onReload={() => void reloadKeepingChanges()}
        reloadLabel={t('form.reloadKeeping')}
      />
      {reloaded && !formError && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setReloaded(null)}
          title={reloaded}
          style={{ marginBottom: 16 }}
          data-testid="form-reloaded"
        />
      )}
      <Form<ItemFormValues>
        form={form}
        onFieldsChange={onFieldsChange}
        layout="vertical"
        initialValues={initial}
        data-testid="item-form"
      >
        <Card size="small" title={t('item.basics')} style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            <Col xs={24}>
              {/* No maxLength: a pasted title over the limit is said at the field, never cut silently. */}
              <Form.Item
                name="title"
                label={t('items.item')}
                required
                {...(titleLength > TITLE_MAX
                  ? {
                      validateStatus: 'error' as const,
                      help: (
                        <span data-testid="title-too-long">
                          {t('form.titleTooLong', { len: titleLength, n: TITLE_MAX })}
                        </span>
                      ),
                    }
                  : {})}
              >
                <Input
                  count={{ show: titleLength > TITLE_MAX * 0.8, max: TITLE_MAX }}
                  data-testid="item-form-title"
                />
              </Form.Item>
              <SimilarItemsWarning ledgerId={ledgerId} title={title} excludeId={item?.id} />
            </Col>
            <Col {...col2}>
              <Form.Item name="ledgerId" label={t('items.ledger')} required>
                <Select
                  disabled={locked}
                  placeholder={t('form.pickLedger')}
                  loading={ledgers.isPending}
                  options={(ledgers.data?.items ?? [])
                    .filter((l) => !l.archived)
                    .map((l) => ({ value: l.id, label: l.name }))}
                  showSearch={{ optionFilterProp: 'label' }}
                  data-testid="item-form-ledger"
                />
              </Form.Item>
            </Col>
            <Col {...col4}>
              <Form.Item name="source" label={t('items.source')} required>
                <Select
                  options={ITEM_SOURCES.map((s) => ({ value: s, label: L(SOURCE_LABELS, s) }))}
                  data-testid="item-form-source"
                />
              </Form.Item>
            </Col>
            <Col {...col4}>
              <Form.Item name="sourceRef" label={t('items.sourceRef')}>
                <Input maxLength={200} data-testid="item-form-source-ref" />
              </Form.Item>
            </Col>
            <Col {...col4}>
              <Form.Item name="startDate" label={t('items.startDate')} required>
                <DatePicker disabled={locked} style={{ width: '100%' }} data-testid="item-form-start" />
              </Form.Item>
            </Col>
            <Col {...col4}>
              <Form.Item name="dueDate" label={t('items.dueDate')} required>
                <DatePicker disabled={locked} style={{ width: '100%' }} data-testid="item-form-due" />
              </Form.Item>
            </Col>
            <Col {...col4}>
              <Form.Item name="priority" label={t('items.priority')}>
                <Select
                  options={PRIORITIES.map((p) => ({ value: p, label: L(PRIORITY_LABELS, p) }))}
                  data-testid="item-form-priority"
                />
              </Form.Item>
            </Col>
            <Col {...col4}>
              <Form.Item name="cadence" label={t('items.cadence')}>
                <Select
                  options={CADENCES.map((c) => ({ value: c, label: L(CADENCE_LABELS, c) }))}
                  data-testid="item-form-cadence"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('item.taskBook')} style={{ marginBottom: 16 }}>
          <Form.Item name="goal" label={t('items.goal')}>
            <Input.TextArea
              rows={4}
              maxLength={5000}
              showCount
              disabled={locked}
              data-testid="item-form-goal"
            />
          </Form.Item>
          <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('items.targets')}</div>
          <TargetsField disabled={locked} />
        </Card>
        <Card size="small" title={t('items.responsibilities')} style={{ marginBottom: 16 }}>
          <ResponsibilitiesField disabled={locked} known={known} />
        </Card>
        <Card size="small" title={t('items.milestones')} style={{ marginBottom: 16 }}>
          <MilestonesField />
        </Card>
        <Flex
          gap={8}
          justify="flex-end"
          style={{
            position: 'sticky',
            bottom: 0,
            background: '#f5f5f5',
            padding: '12px 0',
            zIndex: 5,
            borderTop: '1px solid #e8e8e8',
          }}
        >
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          {/* No implicit submit: Enter in a date or search box must not save a half-filled item. */}
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="item-form-submit">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
