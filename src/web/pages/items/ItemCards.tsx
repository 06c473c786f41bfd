import { Card, Flex, Progress } from 'antd';
import { Link } from 'react-router-dom';
import type { ItemListOut } from '../../backend/types.js';
import { leads, names } from '../../components/itemInfo.js';
import { LightTag, StatusTag } from '../../components/tags.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Items as cards on a phone, where a 12-column ledger cannot be read. */
export function ItemCards({ items }: { items: ItemListOut[] }) {
  const { t, lang } = useI18n();
  return (
    <Flex vertical gap={8}>
      {items.map((item) => {
        const lead = leads(item);
        return (
          <Link key={item.id} to={`/items/${item.id}`} data-testid="item-card">
            <Card size="small" hoverable>
              <Flex justify="space-between" gap={8} align="start">
                <div style={{ fontWeight: 500, color: 'rgba(0,0,0,0.88)' }}>{item.title}</div>
                <LightTag light={item.light} />
              </Flex>
              <div style={{ color: 'rgba(0,0,0,0.5)', fontSize: 12, margin: '4px 0' }}>
                {item.code} · {item.ledgerName}
              </div>
              <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.75)' }}>
                {t('items.leadUnits')}：{names(lead.map((r) => r.unitName))}
                {lead[0]?.leader ? ` · ${lead[0].leader.displayName}` : ''}
              </div>
              <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 6 }}>
                <span style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
                  {t('items.dueDate')}：{fmtDate(item.currentDueDate, lang)}
                </span>
                <Progress
                  percent={item.progress}
                  size="small"
                  style={{ margin: 0, flex: 1, maxWidth: 120 }}
                />
                <StatusTag status={item.status} />
              </Flex>
            </Card>
          </Link>
        );
      })}
    </Flex>
  );
}
