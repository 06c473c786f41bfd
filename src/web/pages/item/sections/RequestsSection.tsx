import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Flex, Input, Rate, Steps, Tag } from 'antd';
import { useState } from 'react';
import type { DiffRow } from '../../../../core/adjustment-diff.js';
import {
  APPROVAL_STEP_LABELS,
  RATING_LABELS,
  type Rating,
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_LABELS,
} from '../../../../core/requests.js';
import { api, type List } from '../../../backend/client.js';
import type { ItemOut, RequestOut } from '../../../backend/types.js';
import { FileList } from '../../../components/FileList.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { useToast } from '../../../components/toast.js';
import { fmtInstant } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { RequestDiff } from './RequestDiff.js';

const STATUS_COLOR = { pending: 'processing', approved: 'success', refused: 'error' } as const;

/** What a request asks for, in a line. */
function asked(r: RequestOut, lang: 'zh' | 'en'): string {
  const p = r.payload as { newDate?: string; oldDate?: string; evidence?: { statement?: string } };
  if (r.kind === 'extension') return `${p.oldDate} → ${p.newDate}`;
  if (r.kind === 'completion') return p.evidence?.statement ?? '';
  if (r.kind === 'adjustment') return lang === 'zh' ? '调整任务书或路线图' : 'task book or roadmap changes';
  return '';
}

/** Decides the waiting step: approve or refuse with a comment; closing a completion takes a rating. */
export function DecideRequest({ request, onDone }: { request: RequestOut; onDone?: () => void }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [rating, setRating] = useState(0);
  const rates =
    request.kind === 'completion' &&
    (request.chain[request.step] === 'supervisor' ||
      (!request.chain.includes('supervisor') && request.step === request.chain.length - 1));
  const run = useMutation({
    mutationFn: (decision: 'approve' | 'refuse') =>
      api.post<RequestOut>(`/api/requests/${request.id}/decisions`, {
        decision,
        version: request.version,
        comment: comment.trim() || null,
        ...(rates && decision === 'approve' && rating ? { rating } : {}),
      }),
    onSuccess: () => {
      toast.success(t('wf.decided'));
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
      onDone?.();
    },
    onError: (e) => toast.error(e.message),
  });
  return (
    <Flex vertical gap={8} data-testid="decide-request">
      {rates && (
        <Flex align="center" gap={8} wrap>
          <span>{t('wf.rating')}</span>
          <Rate count={5} value={rating} onChange={setRating} data-testid="decide-rating" />
          {rating > 0 && <span>{RATING_LABELS[rating as Rating][lang]}</span>}
        </Flex>
      )}
      <Input.TextArea
        rows={2}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        placeholder={t('wf.comment')}
        data-testid="decide-comment"
      />
      <Flex gap={8}>
        <Button
          type="primary"
          loading={run.isPending}
          onClick={() => run.mutate('approve')}
          data-testid="decide-approve"
        >
          {t('wf.approve')}
        </Button>
        <Button
          danger
          loading={run.isPending}
          onClick={() => run.mutate('refuse')}
          data-testid="decide-refuse"
        >
          {t('wf.refuse')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** One request: what was asked and why, its chain step by step with each decision and comment. */
export function RequestCard({
  request: r,
  withDecide = true,
}: {
  request: RequestOut;
  withDecide?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <div data-testid="request" data-kind={r.kind} data-status={r.status} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center">
        <strong>{REQUEST_KIND_LABELS[r.kind][lang]}</strong>
        <Tag color={STATUS_COLOR[r.status]}>{REQUEST_STATUS_LABELS[r.status][lang]}</Tag>
        {r.requestedAfterDeadline && <Tag color="red">{t('wf.afterDeadline')}</Tag>}
      </Flex>
      <div style={{ overflowWrap: 'anywhere' }}>{asked(r, lang)}</div>
      {r.kind === 'adjustment' && <RequestDiff rows={(r.payload as { diff?: DiffRow[] }).diff ?? []} />}
      {r.files.length > 0 && (
        <div style={{ margin: '4px 0' }} data-testid="request-evidence">
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('ev.evidence')}</div>
          <FileList files={r.files} />
        </div>
      )}
      {r.reason && (
        <div style={{ overflowWrap: 'anywhere' }}>
          {t('wf.reason')}：{r.reason}
        </div>
      )}
      <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
        {r.requestedByName} · {fmtInstant(r.requestedAt, lang)}
      </div>
      <Steps
        size="small"
        direction="vertical"
        current={Math.min(r.step, r.chain.length - 1)}
        status={r.status === 'refused' ? 'error' : r.status === 'approved' ? 'finish' : 'process'}
        style={{ marginTop: 8 }}
        items={r.chain.map((step, i) => {
          const d = r.decisions.find((x) => x.step === i);
          return {
            title: APPROVAL_STEP_LABELS[step][lang],
            description: d ? (
              <span data-testid="request-decision">
                {d.decision === 'approve' ? t('wf.approve') : t('wf.refuse')} · {d.decidedByName}
                {d.rating ? ` · ${RATING_LABELS[d.rating as Rating][lang]}` : ''}
                {d.comment ? `：${d.comment}` : ''}
              </span>
            ) : i === r.step && r.status === 'pending' ? (
              t('wf.awaitingApproval')
            ) : undefined,
          };
        })}
      />
      {withDecide && r.canDecide && <DecideRequest request={r} />}
    </div>
  );
}

/** The item's requests, newest first; the approver decides here, and a unit reads why it was sent back. */
export function RequestsSection({ item }: { item: ItemOut }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['items', 'one', item.id, 'requests'],
    queryFn: () => api.get<List<RequestOut>>(`/api/items/${item.id}/requests`),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data.items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wf.noRequests')} />;
  return (
    <div data-testid="item-requests">
      {query.data.items.map((r) => (
        <RequestCard key={r.id} request={r} />
      ))}
    </div>
  );
}
