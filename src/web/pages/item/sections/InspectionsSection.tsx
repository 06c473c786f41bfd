import { Empty, Flex } from 'antd';
import type { ItemOut } from '../../../backend/types.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { useT } from '../../../i18n/I18nProvider.js';
import { InspectionCard } from '../../inspections/InspectionCard.js';
import { useItemInspections } from '../../inspections/inspectionQueries.js';

/** The inspections covering the item (for a unit: only those it may see). */
export function InspectionsSection({ item }: { item: ItemOut }) {
  const t = useT();
  const query = useItemInspections(item.id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data.items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ins.none')} />;
  return (
    <Flex vertical gap={8}>
      {query.data.items.map((i) => (
        <InspectionCard key={i.id} i={i} />
      ))}
    </Flex>
  );
}
