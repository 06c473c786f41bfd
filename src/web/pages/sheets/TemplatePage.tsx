import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { IsoDate } from '../../../core/dates.js';
import {
  FIELD_TYPES,
  type FieldType,
  type TemplateField,
  type TemplateKpi,
  type TemplateMilestone,
  type TemplateOut,
} from '../../../core/schemas/template.js';
import { describeBackwardsRule, layMilestonesBackwards } from '../../../core/template.js';
import { ApiError, api } from '../../backend/client.js';
import { useLedger } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useLedgerTemplate } from '../items/TemplateFields.js';

interface FormValues {
  fields: (Omit<TemplateField, 'unit' | 'required' | 'choices'> & {
    unit?: string;
    required?: boolean;
    choices?: string[];
  })[];
  milestones: TemplateMilestone[];
  kpis: TemplateKpi[];
}

const TYPE_WORDS: Record<FieldType, MessageKey> = {
  text: 'sheets.type.text',
  number: 'sheets.type.number',
  date: 'sheets.type.date',
  choice: 'sheets.type.choice',
};

/** A key for a new field that the template does not use yet (values are stored under it). */
function freshKey(taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`field_${n}`)) return `field_${n}`;
}

/**
 * 台账模板: the ledger's extra fields, its default roadmap laid backwards from
 * the due date (倒排工期) with a live preview, and its KPI targets. Saved whole
 * under the version read, so that two editors never overwrite each other.
 */
export function TemplatePage() {
  const { ledgerId } = useParams();
  const { t } = useI18n();
  const ledger = useLedger(ledgerId);
  const template = useLedgerTemplate(ledgerId);
  if (ledger.isError) return <ErrorState error={ledger.error} onRetry={() => ledger.refetch()} />;
  if (template.isError) return <ErrorState error={template.error} onRetry={() => template.refetch()} />;
  return (
    <>
      <PageHeader
        back={`/ledgers/${ledgerId}`}
        testId="page-title"
        title={t('sheets.templateTitle', { ledger: ledger.data?.name ?? '…' })}
        subtitle={t('sheets.templateHint')}
      />
      {template.data && ledger.data ? (
        <TemplateForm
          key={template.data.version}
          template={template.data}
          year={ledger.data.year}
          onReload={() => template.refetch()}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

function TemplateForm({
  template,
  year,
  onReload,
}: {
  template: TemplateOut;
  year: number;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);
  const [sampleDue, setSampleDue] = useState<Dayjs>(dayjs(`${year}-12-31`));
  const storedKeys = template.fields.map((f) => f.key);
  const fields = (Form.useWatch('fields', form) ?? template.fields) as FormValues['fields'];
  const milestones = (Form.useWatch('milestones', form) ?? template.milestones) as TemplateMilestone[];
  // Fields the save would retire: stored now, gone from the form.
  const removing = template.fields.filter((f) => !fields.some((x) => x?.key === f.key));

  async function save() {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const body = {
        version: template.version,
        fields: values.fields.map((f) => ({
          key: f.key,
          label: f.label,
          type: f.type,
          unit: f.unit ?? '',
          required: !!f.required,
          choices: f.type === 'choice' ? (f.choices ?? []) : [],
        })),
        milestones: values.milestones ?? [],
        kpis: (values.kpis ?? []).map((k) => ({ ...k, ledgerTarget: k.ledgerTarget ?? null })),
      };
      const saved = await api.put<TemplateOut>(`/api/ledgers/${template.ledgerId}/template`, body);
      client.setQueryData(['ledgers', 'template', template.ledgerId], saved);
      await client.invalidateQueries({ queryKey: ['items'] });
      toast.success(t('sheets.templateSaved', { version: saved.version }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setStale(true);
      else toast.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  const sample = sampleDue.format('YYYY-MM-DD') as IsoDate;
  const valid = milestones.filter(
    (m): m is TemplateMilestone => !!m?.title && Number.isInteger(m.daysBeforeDue) && m.daysBeforeDue >= 0,
  );
  const preview = layMilestonesBackwards(valid, { startDate: `${year}-01-01` as IsoDate, dueDate: sample });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ fields: template.fields, milestones: template.milestones, kpis: template.kpis }}
      data-testid="template-form"
    >
      {stale && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('sheets.templateStale')}
          description={t('sheets.templateStaleHint')}
          action={
            <Button onClick={onReload} data-testid="template-reload">
              {t('sheets.reload')}
            </Button>
          }
          data-testid="template-stale"
        />
      )}
      <Card title={t('sheets.templateFields')} size="small" style={{ marginBottom: 16 }}>
        <Form.List name="fields">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => {
                const f = fields[row.name];
                const stored = !!f && storedKeys.includes(f.key);
                return (
                  <Flex key={row.key} wrap gap={8} align="start" data-testid="template-field-row">
                    <Form.Item
                      name={[row.name, 'label']}
                      label={row.name === 0 || f?.type === 'choice' ? t('sheets.fieldLabel') : undefined}
                      rules={[{ required: true, whitespace: true, max: 30 }]}
                      style={{ width: 150 }}
                    >
                      <Input data-testid="field-label" />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'key']}
                      label={row.name === 0 || f?.type === 'choice' ? t('sheets.fieldKey') : undefined}
                      tooltip={t('sheets.fieldKeyHint')}
                      rules={[
                        {
                          required: true,
                          pattern: /^[a-z][a-z0-9_]{0,31}$/,
                          message: t('sheets.fieldKeyRule'),
                        },
                        {
                          validator: (_, v) =>
                            fields.filter((x) => x?.key === v).length > 1
                              ? Promise.reject(new Error(t('sheets.fieldKeyTaken')))
                              : Promise.resolve(),
                        },
                      ]}
                      style={{ width: 130 }}
                    >
                      <Input disabled={stored} data-testid="field-key" />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'type']}
                      label={row.name === 0 || f?.type === 'choice' ? t('sheets.fieldType') : undefined}
                      style={{ width: 110 }}
                    >
                      <Select
                        options={FIELD_TYPES.map((ty) => ({ value: ty, label: t(TYPE_WORDS[ty]) }))}
                        data-testid="field-type"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'unit']}
                      label={row.name === 0 || f?.type === 'choice' ? t('sheets.fieldUnit') : undefined}
                      style={{ width: 80 }}
                    >
                      <Input maxLength={10} disabled={f?.type !== 'number'} data-testid="field-unit" />
                    </Form.Item>
                    {f?.type === 'choice' && (
                      <Form.Item
                        name={[row.name, 'choices']}
                        label={row.name === 0 || f?.type === 'choice' ? t('sheets.fieldChoices') : undefined}
                        rules={[
                          { required: true, type: 'array', min: 1, message: t('sheets.fieldChoicesRule') },
                        ]}
                        style={{ minWidth: 200, flex: 1 }}
                      >
                        <Select mode="tags" tokenSeparators={[',', '，', '、']} data-testid="field-choices" />
                      </Form.Item>
                    )}
                    <Form.Item
                      name={[row.name, 'required']}
                      label={row.name === 0 || f?.type === 'choice' ? t('sheets.fieldRequired') : undefined}
                      valuePropName="checked"
                      style={{ width: 60 }}
                    >
                      <Checkbox data-testid="field-required" />
                    </Form.Item>
                    <Form.Item label={row.name === 0 || f?.type === 'choice' ? ' ' : undefined}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('sheets.removeField')}
                        onClick={() => remove(row.name)}
                        data-testid="remove-field"
                      />
                    </Form.Item>
                  </Flex>
                );
              })}
              <Button
                icon={<PlusOutlined />}
                disabled={rows.length >= 20}
                onClick={() =>
                  add({
                    key: freshKey([...fields.map((f) => f?.key), ...template.retired.map((f) => f.key)]),
                    label: '',
                    type: 'number',
                    unit: '',
                    required: false,
                    choices: [],
                  })
                }
                data-testid="add-field"
              >
                {t('sheets.addField')}
              </Button>
            </>
          )}
        </Form.List>
        <Alert
          type={removing.length ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 12 }}
          message={
            removing.length
              ? t('sheets.removingFields', { names: removing.map((f) => f.label).join('、') })
              : t('sheets.removeExplained')
          }
          description={removing.length ? t('sheets.removeExplained') : undefined}
          data-testid="remove-explained"
        />
        {template.retired.length > 0 && (
          <div style={{ marginTop: 8 }} data-testid="retired-list">
            <Typography.Text type="secondary">{t('sheets.retiredFields')}：</Typography.Text>
            {template.retired.map((f) => (
              <Tag key={f.key}>
                {f.label}（{f.key}）
              </Tag>
            ))}
          </div>
        )}
      </Card>

      <Card title={t('sheets.templateMilestones')} size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={24}>
          <div style={{ flex: '1 1 420px' }}>
            <Form.List name="milestones">
              {(rows, { add, remove }) => (
                <>
                  {rows.map((row) => (
                    <Space key={row.key} align="start" wrap data-testid="template-milestone-row">
                      <Form.Item
                        name={[row.name, 'title']}
                        rules={[{ required: true, whitespace: true, max: 200 }]}
                        style={{ width: 200 }}
                      >
                        <Input placeholder={t('sheets.milestoneTitle')} data-testid="milestone-title" />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'daysBeforeDue']}
                        rules={[{ required: true, type: 'integer', min: 0, max: 3650 }]}
                      >
                        <InputNumber
                          min={0}
                          max={3650}
                          addonBefore={t('sheets.dueMinus')}
                          addonAfter={t('sheets.days')}
                          style={{ width: 190 }}
                          data-testid="milestone-days"
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('sheets.removeMilestone')}
                        onClick={() => remove(row.name)}
                      />
                    </Space>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    disabled={rows.length >= 20}
                    onClick={() => add({ title: '', daysBeforeDue: 30 })}
                    data-testid="add-milestone"
                  >
                    {t('sheets.addMilestone')}
                  </Button>
                </>
              )}
            </Form.List>
          </div>
          <div style={{ flex: '1 1 320px' }} data-testid="milestone-preview">
            <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{t('sheets.previewAgainst')}</Typography.Text>
              <DatePicker
                allowClear={false}
                value={sampleDue}
                onChange={(d) => d && setSampleDue(d)}
                data-testid="sample-due"
              />
            </Flex>
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.title}${r.plannedDate}`}
              dataSource={preview}
              locale={{ emptyText: t('sheets.noMilestones') }}
              columns={[
                {
                  title: t('sheets.rule'),
                  render: (_, r) => {
                    const m = valid.find((x) => x.title === r.title);
                    return m ? describeBackwardsRule(m) : r.title;
                  },
                },
                {
                  title: t('sheets.plannedOn'),
                  render: (_, r) => (
                    <span data-testid="preview-date">{fmtDate(r.plannedDate, lang, true)}</span>
                  ),
                },
              ]}
            />
          </div>
        </Flex>
      </Card>

      <Card title={t('sheets.templateKpis')} size="small" style={{ marginBottom: 16 }}>
        <Form.List name="kpis">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Flex key={row.key} gap={8} align="start" wrap data-testid="template-kpi-row">
                  <Form.Item
                    name={[row.name, 'name']}
                    rules={[{ required: true, whitespace: true, max: 60 }]}
                  >
                    <Input placeholder={t('sheets.kpiName')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'unit']}
                    rules={[{ required: true, whitespace: true, max: 20 }]}
                  >
                    <Input placeholder={t('sheets.kpiUnit')} style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'ledgerTarget']}>
                    <InputNumber placeholder={t('sheets.kpiTarget')} style={{ width: 160 }} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('sheets.removeKpi')}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={rows.length >= 10}
                onClick={() => add({ name: '', unit: '', ledgerTarget: null })}
              >
                {t('sheets.addKpi')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Flex gap={8} align="center">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          onClick={save}
          data-testid="template-save"
        >
          {t('common.save')}
        </Button>
        <Typography.Text type="secondary" data-testid="template-version">
          {t('sheets.templateVersion', { version: template.version })}
        </Typography.Text>
      </Flex>
    </Form>
  );
}
