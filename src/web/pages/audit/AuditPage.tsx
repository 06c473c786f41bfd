import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { auditEntityText } from '../../../core/audit-words.js';
import { useAudit, useAuditVerify } from '../../backend/queries.js';
import type { AuditOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, errorText } from '../../components/PageState.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const PAGE_SIZE = 50;

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span>—</span>;
  return (
    <pre
      style={{
        margin: 0,
        fontSize: 12,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        maxHeight: 320,
        overflow: 'auto',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** 审计日志 (auditor only): who changed what, when and from where; each row opens to the before and after. */
export function AuditPage() {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [entity, setEntity] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<AuditOut['outcome'] | undefined>();
  const [verifying, setVerifying] = useState(false);
  const audit = useAudit({ page, pageSize: PAGE_SIZE, entity, outcome });
  const verify = useAuditVerify(verifying);

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        testId="page-title"
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isFetching}
            onClick={() => (verifying ? void verify.refetch() : setVerifying(true))}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
        }
      />
      {verify.data && (
        <Alert
          type={verify.data.intact ? 'success' : 'error'}
          showIcon
          title={
            verify.data.intact
              ? t('audit.intact', { n: verify.data.rows })
              : t('audit.broken', { n: verify.data.brokenAt ?? '?' })
          }
          style={{ marginBottom: 12 }}
          data-testid="audit-verify-result"
        />
      )}
      {verify.isError && (
        <Alert type="error" showIcon title={errorText(verify.error)} style={{ marginBottom: 12 }} />
      )}
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('audit.entityFilter')}
          onSearch={(v) => {
            setEntity(v.trim() || undefined);
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('audit.outcome')}
          value={outcome}
          onChange={(v?: AuditOut['outcome']) => {
            setOutcome(v);
            setPage(1);
          }}
          options={[
            { value: 'success', label: t('audit.success') },
            { value: 'refused', label: t('audit.refused') },
          ]}
          style={{ width: 140 }}
        />
      </Flex>
      {audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <Table<AuditOut>
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.items}
          scroll={{ x: 'max-content' }}
          sticky={{ offsetHeader: 56 }}
          data-testid="audit-table"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: audit.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { n }),
            onChange: setPage,
          }}
          expandable={{
            // The raw record is one click away: the codes, ids and snapshots exactly as stored.
            rowExpandable: () => true,
            expandedRowRender: (e) => (
              <div data-testid="audit-raw">
                <div style={{ marginBottom: 8, fontFamily: 'monospace', fontSize: 12 }}>
                  #{e.id} · {e.action} · {e.entity}
                  {e.entityId ? ` ${e.entityId}` : ''} · {e.actorId ?? '—'}
                </div>
                <div
                  style={{
                    display: 'grid',
                    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
                    gap: 12,
                  }}
                >
                  <div>
                    <b>{t('audit.before')}</b>
                    <Json value={e.before} />
                  </div>
                  <div>
                    <b>{t('audit.after')}</b>
                    <Json value={e.after} />
                  </div>
                </div>
              </div>
            ),
          }}
          columns={[
            {
              key: 'at',
              title: t('audit.at'),
              render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{fmtInstant(e.at, lang)}</span>,
            },
            { key: 'actor', title: t('audit.actor'), render: (_, e) => e.actorName ?? '—' },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, e) => <span data-testid="audit-action">{e.actionText}</span>,
            },
            {
              key: 'entity',
              title: t('audit.entity'),
              render: (_, e) =>
                e.entityLabel && e.entityId ? (
                  <span data-testid="audit-entity">{e.entityLabel}</span>
                ) : (
                  <span data-testid="audit-entity">
                    {auditEntityText(e.entity, lang)}
                    {e.entityId && (
                      <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                        {' '}
                        {e.entityId.slice(0, 8)}
                      </span>
                    )}
                  </span>
                ),
            },
            {
              key: 'outcome',
              title: t('audit.outcome'),
              render: (_, e) => (
                <Tag color={e.outcome === 'success' ? 'success' : 'error'}>
                  {e.outcome === 'success' ? t('audit.success') : t('audit.refused')}
                </Tag>
              ),
            },
            { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip ?? '—' },
          ]}
        />
      )}
    </>
  );
}
