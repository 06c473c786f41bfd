import { Alert, Button } from 'antd';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import type { ItemOut } from '../../backend/types.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useItemMutation } from './sections/useItemMutation.js';

/** 签收: shown to a user of a responsible unit that has not acknowledged the assigned item yet. */
export function AcknowledgeButton({ item }: { item: ItemOut }) {
  const t = useT();
  const me = useMe().data;
  const ack = useItemMutation(
    item.id,
    () => api.post<ItemOut>(`/api/items/${item.id}/acknowledge`, {}),
    t('wf.acknowledged'),
  );
  const waiting =
    !!me?.permissions.includes('item.acknowledge') &&
    (item.status === 'assigned' || item.status === 'in_progress') &&
    item.responsibilities.some((r) => r.unitId === me.unitId && !r.acknowledgedAt);
  if (!waiting) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('wf.ackPrompt')}
      action={
        <Button
          type="primary"
          size="small"
          loading={ack.isPending}
          onClick={() => ack.mutate(undefined)}
          data-testid="acknowledge"
        >
          {t('wf.acknowledge')}
        </Button>
      }
    />
  );
}
