import { Segmented, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useItems } from '../../backend/queries.js';
import type { ItemListOut } from '../../backend/types.js';
import { leads, names } from '../../components/itemInfo.js';
import { EmptyState, ErrorState, Loading } from '../../components/PageState.js';
import { LightTag } from '../../components/tags.js';
import { fmtDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { type ItemFilters, itemsHref, toApiQuery } from '../items/filters.js';
import { Panel } from './Panel.js';

type Tab = 'overdue' | 'red' | 'yellow';
const SIZE = 8;

/** Overdue and at-risk items with who answers for them: the lead unit and its leader in charge. */
export function AtRiskPanel({ ledgerId, asOf }: { ledgerId?: string; asOf?: string }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('overdue');
  const filters: Record<Tab, ItemFilters> = {
    overdue: { ledgerId, asOf, overdue: true, sort: 'dueDate' },
    red: { ledgerId, asOf, light: ['red'], sort: 'dueDate' },
    yellow: { ledgerId, asOf, light: ['yellow'], sort: 'dueDate' },
  };
  const f = filters[tab];
  const query = useItems(toApiQuery(f, { pageSize: SIZE }));

  return (
    <Panel
      title={t('cockpit.atRisk')}
      testId="panel-at-risk"
      extra={
        <Segmented<Tab>
          size="small"
          value={tab}
          onChange={setTab}
          options={[
            { value: 'overdue', label: t('cockpit.overdueTab') },
            { value: 'red', label: t('cockpit.redTab') },
            { value: 'yellow', label: t('cockpit.yellowTab') },
          ]}
          data-testid="at-risk-tabs"
        />
      }
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Spin spinning={query.isFetching && query.isPlaceholderData}>
          <div data-testid="at-risk-table" data-total={query.data.total}>
            {query.data.items.length === 0 ? (
              <EmptyState text={t('items.empty')} />
            ) : (
              query.data.items.map((item) => <AtRiskRow key={item.id} item={item} />)
            )}
          </div>
          {query.data.total > 0 && (
            <div style={{ textAlign: 'right', marginTop: 8 }}>
              <Link to={itemsHref(f)} data-testid="at-risk-all">
                {t('common.viewList')}（{query.data.total}）
              </Link>
            </div>
          )}
        </Spin>
      )}
    </Panel>
  );
}

function AtRiskRow({ item }: { item: ItemListOut }) {
  const { t, lang } = useI18n();
  const lead = leads(item);
  return (
    <div
      data-testid="at-risk-row"
      style={{
        display: 'flex',
        gap: 12,
        alignItems: 'flex-start',
        padding: '8px 0',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Link to={`/items/${item.id}`} data-testid="at-risk-link" style={{ fontWeight: 500 }}>
          {item.title}
        </Link>
        <div style={{ color: 'rgba(0,0,0,0.55)', fontSize: 12, marginTop: 2 }}>
          {item.code} · {item.ledgerName} · {t('items.leadUnits')}：{names(lead.map((r) => r.unitName))}
          {lead.some((r) => r.leader) &&
            ` · ${t('items.leader')}：${names(lead.map((r) => r.leader?.displayName))}`}
        </div>
        {item.lightReasons.length > 0 && (
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{item.lightReasons.join('；')}</div>
        )}
      </div>
      <div style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
        <LightTag light={item.light} />
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', marginTop: 4 }}>
          {fmtDate(item.currentDueDate, lang)}
        </div>
      </div>
    </div>
  );
}
