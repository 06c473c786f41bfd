import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm } from 'antd';
import { can } from '../../../../core/access.js';
import { api } from '../../../backend/client.js';
import { useMe } from '../../../backend/queries.js';
import type { ItemOut, Me, MilestoneOut } from '../../../backend/types.js';
import { useToast } from '../../../components/toast.js';
import { todayInChina } from '../../../i18n/format.js';
import { useT } from '../../../i18n/I18nProvider.js';

/**
 * Who may record a milestone as done from the item page: the lead unit's users
 * (the server lets them change done dates and nothing else) and supervisors.
 */
export function canRecordMilestones(item: ItemOut, me: Me | null | undefined): boolean {
  if (!me || !['assigned', 'in_progress'].includes(item.status)) return false;
  if (can(me.roles, 'item.manage')) return true;
  return (
    can(me.roles, 'item.write') &&
    item.responsibilities.some((r) => r.role === 'lead' && r.unitId === me.unitId)
  );
}

/** "标记完成": records an open milestone as done today, leaving the others as they are. */
export function MarkMilestoneDone({ item, milestone }: { item: ItemOut; milestone: MilestoneOut }) {
  const t = useT();
  const message = useToast();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      api.patch<ItemOut>(`/api/items/${item.id}`, {
        version: item.version,
        // The list replaces the stored one: send every milestone, changing only this one's done date.
        milestones: item.milestones.map((m) => ({
          id: m.id,
          title: m.title,
          plannedDate: m.plannedDate,
          doneDate: m.id === milestone.id ? todayInChina() : m.doneDate,
        })),
      }),
    onSuccess: (updated) => {
      message.success(t('item.markedDone'));
      queryClient.setQueryData(['items', 'one', item.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (e) => {
      message.error(e.message);
      void queryClient.invalidateQueries({ queryKey: ['items', 'one', item.id] });
    },
  });
  if (milestone.doneDate || !canRecordMilestones(item, me)) return null;
  return (
    <Popconfirm
      title={t('item.markDoneConfirm', { title: milestone.title })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => save.mutateAsync()}
    >
      <Button
        size="small"
        type="link"
        icon={<CheckOutlined />}
        loading={save.isPending}
        data-testid="milestone-done"
      >
        {t('item.markDone')}
      </Button>
    </Popconfirm>
  );
}
