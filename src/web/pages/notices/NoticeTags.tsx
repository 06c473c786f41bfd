import { Tag } from 'antd';
import {
  NOTICE_KIND_LABELS,
  NOTICE_STATUS_LABELS,
  type NoticeKind,
  type NoticeStatus,
} from '../../../core/notices.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

const STATUS_COLORS: Record<NoticeStatus, string> = {
  issued: 'processing',
  replied: 'gold',
  returned: 'error',
  accepted: 'success',
};
const KIND_COLORS: Record<NoticeKind, string> = { inspection: 'blue', urging: 'orange', supervision: 'red' };

export function NoticeKindTag({ kind }: { kind: NoticeKind }) {
  const L = useLabel();
  return <Tag color={KIND_COLORS[kind]}>{L(NOTICE_KIND_LABELS, kind)}</Tag>;
}

export function NoticeStatusTag({ status, late }: { status: NoticeStatus; late?: boolean }) {
  const L = useLabel();
  const t = useT();
  return (
    <>
      <Tag color={STATUS_COLORS[status]} data-testid="notice-status" data-status={status}>
        {L(NOTICE_STATUS_LABELS, status)}
      </Tag>
      {late && (
        <Tag color="red" data-testid="notice-late">
          {t('notice.late')}
        </Tag>
      )}
    </>
  );
}
