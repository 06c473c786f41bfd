import { FileWordOutlined } from '@ant-design/icons';
import {
  Button,
  type ButtonProps,
  Card,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Modal,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NOTICE_KIND_LABELS } from '../../../core/notices.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import type { NoticeOut } from '../../backend/types.js';
import { FileList } from '../../components/FileList.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { fmtDate, fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { NoticeKindTag, NoticeStatusTag } from './NoticeTags.js';
import { useNotice, useNoticeMutation } from './noticeQueries.js';
import { ReplyForm } from './ReplyForm.js';

const RED = '#cf1322';
const REPLY_COLORS = { submitted: 'processing', accepted: 'success', returned: 'error' } as const;

/** /notices/:id — one notice: its content, the Word file, the replies; the unit replies, a supervisor reviews. */
export function NoticePage() {
  const { id } = useParams();
  const query = useNotice(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <NoticeView notice={query.data} />;
}

function NoticeView({ notice: n }: { notice: NoticeOut }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const me = useMe().data;
  const canReply =
    !!me?.permissions.includes('notice.reply') &&
    me.unitId === n.unitId &&
    (n.status === 'issued' || n.status === 'returned');
  const canReview = !!me?.permissions.includes('notice.review') && n.status === 'replied';
  const text = { whiteSpace: 'pre-wrap' as const };
  // On a phone the labels sit above their values instead of squeezing beside them.
  const wide = Grid.useBreakpoint().md !== false;
  return (
    <div data-testid="notice-page" data-notice-id={n.id} data-status={n.status}>
      <PageHeader
        back="/notices"
        testId="notice-number"
        title={n.number}
        subtitle={
          <Flex wrap gap={6} align="center">
            <NoticeKindTag kind={n.kind} />
            <NoticeStatusTag status={n.status} late={n.late} />
          </Flex>
        }
        extra={
          <a href={`/api/notices/${n.id}/document.docx`} download data-testid="notice-docx">
            <Button icon={<FileWordOutlined />}>{t('notice.word')}</Button>
          </a>
        }
      />
      <Card size="small" title={L(NOTICE_KIND_LABELS, n.kind)} style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small" bordered layout={wide ? 'horizontal' : 'vertical'}>
          <Descriptions.Item label={t('notice.unit')}>{n.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('notice.items')}>
            {n.items.map((i) => (
              <div key={i.id}>
                <Link to={`/items/${i.id}`}>
                  {i.code} {i.title}
                </Link>
              </div>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('notice.findings')}>
            <div style={text} data-testid="notice-findings">
              {n.findings}
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t('notice.requiredActions')}>
            <div style={text}>{n.requiredActions}</div>
          </Descriptions.Item>
          <Descriptions.Item label={t('notice.replyDue')}>
            <span style={{ color: n.late ? RED : undefined }} data-testid="notice-due">
              {fmtDate(n.replyDue, lang, true)}
              {n.late && ` （${t('notice.late')}）`}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('notice.issuedOn')}>
            {fmtDate(n.issuedOn, lang, true)}
            {n.issuedByName ? ` · ${n.issuedByName}` : ''}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('notice.replies')} data-testid="notice-replies">
        {canReply && <ReplyForm notice={n} />}
        {n.replies.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notice.noReplies')} />
        ) : (
          <List
            itemLayout="vertical"
            dataSource={[...n.replies].reverse()}
            renderItem={(r) => (
              <List.Item key={r.id} data-testid="notice-reply" data-status={r.status}>
                <Flex wrap gap={8} align="center">
                  <Tag color={REPLY_COLORS[r.status]}>{t(`notice.reply.${r.status}`)}</Tag>
                  {r.late && <Tag color="red">{t('notice.lateReply')}</Tag>}
                  <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                    {fmtDate(r.submittedOn, lang, true)} · {r.submittedByName}
                  </span>
                </Flex>
                <div style={{ ...text, marginTop: 4 }}>{r.content}</div>
                <FileList files={r.files} />
                {r.reviewedAt && (
                  <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 4 }}>
                    {t('notice.reviewBy', { name: r.reviewedByName ?? '' })} ·{' '}
                    {fmtInstant(r.reviewedAt, lang)}
                    {r.reviewComment ? `：${r.reviewComment}` : ''}
                  </div>
                )}
              </List.Item>
            )}
          />
        )}
        {canReview && <Review notice={n} />}
      </Card>
    </div>
  );
}

function Review({ notice: n }: { notice: NoticeOut }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'accept' | 'return' | null>(null);
  const [comment, setComment] = useState('');
  const review = useNoticeMutation(
    (d: 'accept' | 'return') =>
      api.post<NoticeOut>(`/api/notices/${n.id}/review`, {
        decision: d,
        comment: comment.trim() || null,
        version: n.version,
      }),
    t('common.saved'),
    () => {
      setDecision(null);
      setComment('');
    },
  );
  return (
    <>
      <Flex gap={8} style={{ marginTop: 8 }}>
        <Button type="primary" onClick={() => setDecision('accept')} data-testid="notice-accept">
          {t('notice.accept')}
        </Button>
        <Button danger onClick={() => setDecision('return')} data-testid="notice-return">
          {t('notice.return')}
        </Button>
      </Flex>
      <Modal
        open={decision !== null}
        title={decision === 'return' ? t('notice.return') : t('notice.accept')}
        okText={decision === 'return' ? t('notice.return') : t('notice.accept')}
        cancelText={t('common.cancel')}
        okButtonProps={
          {
            danger: decision === 'return',
            disabled: decision === 'return' && !comment.trim(),
            'data-testid': 'notice-review-confirm',
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
          placeholder={decision === 'return' ? t('notice.returnReason') : t('notice.acceptComment')}
          data-testid="notice-review-comment"
        />
      </Modal>
    </>
  );
}
