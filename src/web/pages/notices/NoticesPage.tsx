import { Card, Checkbox, Empty, Flex, List, Pagination, Select } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import {
  NOTICE_KIND_LABELS,
  NOTICE_KINDS,
  NOTICE_STATUS_LABELS,
  NOTICE_STATUSES,
} from '../../../core/notices.js';
import { useMe } from '../../backend/queries.js';
import type { NoticeOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { NoticeKindTag, NoticeStatusTag } from './NoticeTags.js';
import { useNotices } from './noticeQueries.js';

const PAGE_SIZE = 20;
const RED = '#cf1322';

/** /notices — every notice the user may see; filters by kind, status, unit and late replies (shown in red). */
export function NoticesPage() {
  const { t } = useI18n();
  const L = useLabel();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? undefined;
  const page = Number(get('page') ?? 1);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const query = useNotices({
    kind: get('kind'),
    status: get('status'),
    unitId: get('unitId'),
    late: get('late'),
    page,
    pageSize: PAGE_SIZE,
  });
  const isUnit = !!me && !me.permissions.includes('item.oversee');
  return (
    <div data-testid="notices-page">
      <PageHeader title={t('notice.list')} />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('notice.allKinds')}
          value={get('kind')}
          onChange={(v) => set('kind', v)}
          options={NOTICE_KINDS.map((k) => ({ value: k, label: L(NOTICE_KIND_LABELS, k) }))}
          data-testid="filter-kind"
        />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('notice.allStatuses')}
          value={get('status')}
          onChange={(v) => set('status', v)}
          options={NOTICE_STATUSES.map((s) => ({ value: s, label: L(NOTICE_STATUS_LABELS, s) }))}
          data-testid="filter-status"
        />
        {!isUnit && (
          <UnitSelect
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('notice.allUnits')}
            value={get('unitId')}
            onChange={(v) => set('unitId', v)}
          />
        )}
        <Checkbox
          checked={get('late') === 'true'}
          onChange={(e) => set('late', e.target.checked ? 'true' : undefined)}
          data-testid="filter-late"
        >
          {t('notice.lateOnly')}
        </Checkbox>
      </Flex>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('notice.none')} />
      ) : (
        <>
          <List
            dataSource={query.data.items}
            renderItem={(n) => <NoticeRow key={n.id} notice={n} />}
            data-testid="notice-list"
          />
          {query.data.total > PAGE_SIZE && (
            <Pagination
              style={{ marginTop: 16 }}
              current={page}
              pageSize={PAGE_SIZE}
              total={query.data.total}
              showSizeChanger={false}
              onChange={(p) => set('page', String(p))}
            />
          )}
        </>
      )}
    </div>
  );
}

/** One notice in a list: number, kind, unit, items, deadline — red when the reply is late. */
export function NoticeRow({ notice: n, compact }: { notice: NoticeOut; compact?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <Card
      size="small"
      style={{ marginBottom: 8, borderColor: n.late ? RED : undefined }}
      data-testid="notice-row"
      data-late={n.late}
      data-number={n.number}
    >
      <Flex wrap gap={8} align="center">
        <Link to={`/notices/${n.id}`} style={{ fontWeight: 600, color: n.late ? RED : undefined }}>
          {n.number}
        </Link>
        <NoticeKindTag kind={n.kind} />
        <NoticeStatusTag status={n.status} late={n.late} />
        <span>{n.unitName}</span>
      </Flex>
      {!compact && (
        <div style={{ marginTop: 4 }}>
          {n.items.map((i) => (
            <div key={i.id} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              <Link to={`/items/${i.id}`}>
                {i.code} {i.title}
              </Link>
            </div>
          ))}
        </div>
      )}
      <div style={{ marginTop: 4, fontSize: 12, color: n.late ? RED : 'rgba(0,0,0,0.45)' }}>
        {t('notice.issuedOn')} {fmtDate(n.issuedOn, lang)} · {t('notice.replyDue')}{' '}
        {fmtDate(n.replyDue, lang)}
        {n.replyCount > 0 && ` · ${t('notice.replies.count', { n: n.replyCount })}`}
      </div>
    </Card>
  );
}
