import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Result, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { detailProse } from '../../../core/field-labels.js';
import type {
  ImportAction,
  ImportPreview,
  ImportProblem,
  ImportResult,
} from '../../../core/schemas/import.js';
import { ApiError, api } from '../../backend/client.js';
import { useLedger } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { acceptLanguage, getLang } from '../../i18n/lang-store.js';

const ACTION_COLORS: Record<ImportAction, string> = {
  create: 'green',
  update: 'blue',
  unchanged: 'default',
  error: 'red',
  skipped: 'default',
};

/** Sends the file as the raw body; the server reads it and answers the preview. */
async function uploadPreview(ledgerId: string, file: File): Promise<ImportPreview> {
  const res = await fetch(`/api/imports/preview?ledgerId=${encodeURIComponent(ledgerId)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      Accept: 'application/json',
      'Accept-Language': acceptLanguage(),
    },
    body: file,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok)
    throw new ApiError(
      res.status,
      data?.error?.code ?? 'internal',
      data?.error?.message ?? String(res.status),
      data?.error?.details ?? [],
    );
  return data as ImportPreview;
}

function Problems({ list, type }: { list: ImportProblem[]; type: 'danger' | 'warning' }) {
  return (
    <Space direction="vertical" size={2}>
      {list.map((p) => (
        <Typography.Text key={`${p.cell}-${p.message}`} type={type}>
          {p.cell && <Tag>{p.cell}</Tag>}
          {p.message}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** 导入台账: upload a spreadsheet, read the row-by-row preview, confirm it as a whole. */
export function ImportPage() {
  const { ledgerId = '' } = useParams();
  const t = useT();
  const client = useQueryClient();
  const ledger = useLedger(ledgerId);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function read(file: File) {
    setBusy(true);
    setError(null);
    setPreview(null);
    setFileName(file.name);
    try {
      setPreview(await uploadPreview(ledgerId, file));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    try {
      setResult(
        await api.post<ImportResult>('/api/imports/confirm', { ledgerId, fileHash: preview.fileHash }),
      );
      await client.invalidateQueries({ queryKey: ['items'] });
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  }

  if (ledger.isError) return <ErrorState error={ledger.error} onRetry={() => ledger.refetch()} />;
  const c = preview?.counts;
  const canApply = !!c && c.error === 0 && c.create + c.update > 0;
  return (
    <>
      <PageHeader
        back={`/ledgers/${ledgerId}`}
        testId="page-title"
        title={t('sheets.importTitle', { ledger: ledger.data?.name ?? '' })}
        subtitle={t('sheets.importHint')}
      />
      {result ? (
        <Result
          status="success"
          data-testid="import-result"
          title={t('sheets.imported', { created: result.created, updated: result.updated })}
          subTitle={t('sheets.importedDrafts')}
          extra={
            <Link to={`/ledgers/${ledgerId}`}>
              <Button type="primary">{t('sheets.backToLedger')}</Button>
            </Link>
          }
        />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void read(file);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{fileName || t('sheets.dropFile')}</p>
          </Upload.Dragger>
          {error && (
            <Alert
              type="error"
              showIcon
              data-testid="import-error"
              message={error.message}
              description={error.details.map((d) => detailProse(d, getLang())).join('；')}
            />
          )}
          {preview && c && (
            <Card
              size="small"
              data-testid="import-preview"
              title={
                preview.layout === 'perItem'
                  ? t('sheets.previewPerItem', { n: preview.rows.length })
                  : t('sheets.previewOf', { sheet: preview.sheetName })
              }
              extra={
                <Button
                  type="primary"
                  disabled={!canApply}
                  loading={busy}
                  onClick={confirm}
                  data-testid="import-confirm"
                >
                  {t('sheets.confirm', { n: c.create + c.update })}
                </Button>
              }
            >
              <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="import-counts">
                <Tag color="green">{t('sheets.create', { n: c.create })}</Tag>
                <Tag color="blue">{t('sheets.update', { n: c.update })}</Tag>
                <Tag>{t('sheets.unchanged', { n: c.unchanged })}</Tag>
                <Tag color={c.error ? 'red' : 'default'}>{t('sheets.errors', { n: c.error })}</Tag>
                {preview.otherSheets.length > 0 && (
                  <Typography.Text type="secondary">
                    {t('sheets.otherSheets', { names: preview.otherSheets.join('、') })}
                  </Typography.Text>
                )}
              </Flex>
              {c.error > 0 && (
                <Alert type="warning" showIcon message={t('sheets.fixFirst')} style={{ marginBottom: 12 }} />
              )}
              <Table
                size="small"
                rowKey="row"
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                dataSource={preview.rows.filter((r) => r.action !== 'skipped')}
                columns={[
                  preview.layout === 'perItem'
                    ? { title: t('sheets.sheet'), dataIndex: 'sheet', width: 120 }
                    : { title: t('sheets.row'), dataIndex: 'row', width: 60 },
                  {
                    title: t('sheets.action'),
                    dataIndex: 'action',
                    width: 90,
                    render: (a: ImportAction) => (
                      <Tag color={ACTION_COLORS[a]}>{t(`sheets.action.${a}`)}</Tag>
                    ),
                  },
                  { title: t('sheets.code'), dataIndex: 'code', width: 130 },
                  { title: t('sheets.itemTitle'), dataIndex: 'title' },
                  {
                    title: t('sheets.problems'),
                    key: 'problems',
                    render: (_: unknown, r) => (
                      <>
                        <Problems list={r.errors} type="danger" />
                        <Problems list={r.warnings} type="warning" />
                      </>
                    ),
                  },
                ]}
              />
            </Card>
          )}
        </Space>
      )}
    </>
  );
}
