import { Descriptions, Progress } from 'antd';
import { Link } from 'react-router-dom';
import { CADENCE_LABELS, PRIORITY_LABELS, SOURCE_LABELS } from '../../../../core/labels.js';
import type { ItemOut } from '../../../backend/types.js';
import { fmtDate } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';
import { itemsHref } from '../../items/filters.js';
import { MeetingSource } from '../../meetings/MeetingSource.js';

/** Where the item comes from, its dates (the original due date never changes) and its progress. */
export function BasicsSection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const extended = item.currentDueDate !== item.dueDate || item.extensionCount > 0;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="item-basics"
      styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      items={[
        {
          key: 'ledger',
          label: t('items.ledger'),
          children: <Link to={`/ledgers/${item.ledgerId}`}>{item.ledgerName}</Link>,
        },
        {
          key: 'source',
          label: t('items.source'),
          children:
            item.source === 'meeting' ? (
              <MeetingSource
                itemId={item.id}
                text={[L(SOURCE_LABELS, item.source), item.sourceRef].filter(Boolean).join(' · ')}
              />
            ) : (
              [L(SOURCE_LABELS, item.source), item.sourceRef].filter(Boolean).join(' · ')
            ),
        },
        { key: 'priority', label: t('items.priority'), children: L(PRIORITY_LABELS, item.priority) },
        { key: 'cadence', label: t('items.cadence'), children: L(CADENCE_LABELS, item.cadence) },
        { key: 'start', label: t('items.startDate'), children: fmtDate(item.startDate, lang, true) },
        {
          key: 'due',
          label: extended ? t('item.originalDue') : t('items.dueDate'),
          children: <span data-testid="item-due">{fmtDate(item.dueDate, lang, true)}</span>,
        },
        ...(extended
          ? [
              {
                key: 'current',
                label: t('item.currentDue'),
                children: `${fmtDate(item.currentDueDate, lang, true)}（${t('items.extended', { n: item.extensionCount })}）`,
              },
            ]
          : []),
        ...(item.assignedOn
          ? [{ key: 'assigned', label: t('item.assignedOn'), children: fmtDate(item.assignedOn, lang, true) }]
          : []),
        ...(item.closedOn
          ? [
              {
                key: 'closed',
                label: t('item.closedOn'),
                children: `${fmtDate(item.closedOn, lang, true)}${
                  item.closedOnTime === null
                    ? ''
                    : `（${item.closedOnTime ? t('item.onTime') : t('item.late')}）`
                }`,
              },
            ]
          : []),
        {
          key: 'progress',
          label: t('items.progress'),
          children: <Progress percent={item.progress} size="small" style={{ margin: 0 }} />,
        },
        ...(item.parentId
          ? [
              {
                key: 'parent',
                label: t('items.parent'),
                children: <Link to={`/items/${item.parentId}`}>{t('common.view')}</Link>,
              },
            ]
          : []),
        ...(item.childCount > 0
          ? [
              {
                key: 'children',
                label: t('item.viewChildren'),
                children: (
                  <Link to={itemsHref({ parentId: item.id })}>
                    {t('item.children', { n: item.childCount })}
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
