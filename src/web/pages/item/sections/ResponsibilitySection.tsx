import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Grid, Table, Tag } from 'antd';
import { RESPONSIBILITY_ROLE_LABELS } from '../../../../core/labels.js';
import type { ItemOut, ResponsibilityOut } from '../../../backend/types.js';
import { EmptyState } from '../../../components/PageState.js';
import { fmtInstant } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';

const ROLE_ORDER = { lead: 0, undertaking: 1, cooperating: 2 } as const;
const ROLE_COLORS = { lead: 'red', undertaking: 'blue', cooperating: 'default' } as const;

function Person({ p }: { p: ResponsibilityOut['leader'] }) {
  if (!p) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  return (
    <span>
      {p.displayName}
      {p.title && <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>（{p.title}）</span>}
    </span>
  );
}

/** 责任链: each unit's role with its 主管领导 / 分管副职 / 具体责任人 and whether it has acknowledged. */
export function ResponsibilitySection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const phone = !(Grid.useBreakpoint().md ?? true);
  const rows = [...item.responsibilities].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  if (!rows.length) return <EmptyState text={t('item.noResponsibilities')} />;

  const ack = (r: ResponsibilityOut) =>
    r.acknowledgedAt ? (
      <span style={{ whiteSpace: 'nowrap' }}>
        <CheckCircleTwoTone twoToneColor="#3ba272" />{' '}
        {t('items.acknowledged', { date: fmtInstant(r.acknowledgedAt, lang) })}
      </span>
    ) : (
      <span style={{ color: 'rgba(0,0,0,0.45)', whiteSpace: 'nowrap' }}>
        <ClockCircleOutlined /> {t('items.notAcknowledged')}
      </span>
    );

  if (phone) {
    return (
      <div data-testid="item-responsibilities">
        {rows.map((r) => (
          <div
            key={r.id}
            style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
            data-testid="responsibility-row"
          >
            <div>
              <Tag color={ROLE_COLORS[r.role]}>{L(RESPONSIBILITY_ROLE_LABELS, r.role)}</Tag>
              <b>{r.unitName}</b>
            </div>
            <div style={{ fontSize: 13, marginTop: 4, lineHeight: 1.8 }}>
              <div>
                {t('items.leader')}：<Person p={r.leader} />
              </div>
              <div>
                {t('items.deputy')}：<Person p={r.deputy} />
              </div>
              <div>
                {t('items.responsible')}：<Person p={r.responsible} />
              </div>
              <div>{ack(r)}</div>
            </div>
          </div>
        ))}
      </div>
    );
  }

  return (
    <Table<ResponsibilityOut>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="item-responsibilities"
      onRow={() => ({ 'data-testid': 'responsibility-row' }) as object}
      columns={[
        {
          key: 'role',
          title: t('items.role'),
          width: 100,
          render: (_, r) => <Tag color={ROLE_COLORS[r.role]}>{L(RESPONSIBILITY_ROLE_LABELS, r.role)}</Tag>,
        },
        { key: 'unit', title: t('items.unit'), render: (_, r) => <b>{r.unitName}</b> },
        { key: 'leader', title: t('items.leader'), render: (_, r) => <Person p={r.leader} /> },
        { key: 'deputy', title: t('items.deputy'), render: (_, r) => <Person p={r.deputy} /> },
        { key: 'responsible', title: t('items.responsible'), render: (_, r) => <Person p={r.responsible} /> },
        { key: 'ack', title: '', render: (_, r) => ack(r) },
      ]}
    />
  );
}
