import { Button, type ButtonProps, Empty, Flex, Input, List, Modal, Progress, Tag } from 'antd';
import { useState } from 'react';
import { REPORT_STATUS_LABELS, RESPONSIBILITY_ROLE_LABELS } from '../../../../core/labels.js';
import { api } from '../../../backend/client.js';
import { useItemReports, useMe } from '../../../backend/queries.js';
import type { ItemOut, ReportOut } from '../../../backend/types.js';
import { FileList } from '../../../components/FileList.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { fmtInstant } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';
import { ReportForm } from './ReportForm.js';
import { useItemMutation } from './useItemMutation.js';

const STATUS_COLORS = { submitted: 'processing', accepted: 'success', returned: 'error' } as const;

/** 进展反馈: every report with its review; units report, supervisors accept or return. */
export function ReportsSection({ item }: { item: ItemOut }) {
  const { t } = useI18n();
  const me = useMe().data;
  const query = useItemReports(item.id);
  const [open, setOpen] = useState(false);
  const canReport =
    !!me?.permissions.includes('report.write') &&
    item.responsibilities.some((r) => r.unitId === me.unitId) &&
    (item.status === 'assigned' || item.status === 'in_progress');
  const canReview = !!me?.permissions.includes('report.review');
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <div data-testid="item-reports">
      {canReport && (
        <Button
          type="primary"
          onClick={() => setOpen(true)}
          style={{ marginBottom: 12 }}
          data-testid="report-open"
        >
          {t('wf.report')}
        </Button>
      )}
      {query.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wf.noReports')} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={query.data.items}
          renderItem={(r) => <ReportRow key={r.id} report={r} itemId={item.id} canReview={canReview} />}
        />
      )}
      <ReportForm item={item} open={open} onClose={() => setOpen(false)} />
    </div>
  );
}

function ReportRow({
  report: r,
  itemId,
  canReview,
}: {
  report: ReportOut;
  itemId: string;
  canReview: boolean;
}) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const [decision, setDecision] = useState<'accept' | 'return' | null>(null);
  const [comment, setComment] = useState('');
  const review = useItemMutation(
    itemId,
    (d: 'accept' | 'return') =>
      api.post(`/api/reports/${r.id}/review`, {
        decision: d,
        version: r.version,
        comment: comment.trim() || null,
      }),
    t('common.saved'),
    () => {
      setDecision(null);
      setComment('');
    },
  );
  const muted = { color: 'rgba(0,0,0,0.45)', fontSize: 12 };
  return (
    <List.Item data-testid="report" data-status={r.status}>
      <Flex wrap gap={8} align="center">
        <Tag color={STATUS_COLORS[r.status]}>{L(REPORT_STATUS_LABELS, r.status)}</Tag>
        <strong>{r.unitName}</strong>
        <span style={muted}>
          {L(RESPONSIBILITY_ROLE_LABELS, r.unitRole)} · {r.submittedOn} · {r.submittedByName}
        </span>
      </Flex>
      <Progress percent={r.percent} size="small" style={{ maxWidth: 320 }} />
      <div style={{ whiteSpace: 'pre-wrap' }}>{r.content}</div>
      {r.targetValues.map((v) => (
        <div key={v.targetId} style={muted}>
          {v.name}：{v.value} {v.unit}
        </div>
      ))}
      {r.problems && (
        <div>
          <strong>{t('wf.problems')}：</strong>
          {r.problems}
        </div>
      )}
      {r.nextSteps && (
        <div>
          <strong>{t('wf.nextSteps')}：</strong>
          {r.nextSteps}
        </div>
      )}
      <FileList files={r.files} />
      {r.reviewedAt && (
        <div style={{ ...muted, marginTop: 4 }} data-testid="report-review">
          {t('wf.reviewBy', { name: r.reviewedByName ?? '' })} · {fmtInstant(r.reviewedAt, lang)}
          {r.reviewComment ? `：${r.reviewComment}` : ''}
        </div>
      )}
      {canReview && r.status === 'submitted' && (
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Button
            size="small"
            type="primary"
            onClick={() => setDecision('accept')}
            data-testid="report-accept"
          >
            {t('wf.accept')}
          </Button>
          <Button size="small" danger onClick={() => setDecision('return')} data-testid="report-return">
            {t('wf.return')}
          </Button>
        </Flex>
      )}
      <Modal
        open={decision !== null}
        title={decision === 'return' ? t('wf.return') : t('wf.accept')}
        okText={decision === 'return' ? t('wf.return') : t('wf.accept')}
        cancelText={t('common.cancel')}
        okButtonProps={
          {
            danger: decision === 'return',
            disabled: decision === 'return' && !comment.trim(),
            'data-testid': 'review-confirm',
          } as ButtonProps
        }
        confirmLoading={review.isPending}
        onOk={() => decision && review.mutate(decision)}
        onCancel={() => setDecision(null)}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={decision === 'return' ? t('wf.returnReason') : t('wf.reviewComment')}
          data-testid="review-comment"
        />
      </Modal>
    </List.Item>
  );
}
