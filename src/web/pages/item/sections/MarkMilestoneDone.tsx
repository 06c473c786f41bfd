import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, type ButtonProps, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { can } from '../../../../core/access.js';
import { milestoneLateDays } from '../../../../core/milestone.js';
import { api } from '../../../backend/client.js';
import { useMe } from '../../../backend/queries.js';
import type { ItemOut, Me, MilestoneOut } from '../../../backend/types.js';
import { errorText } from '../../../components/PageState.js';
import { useToast } from '../../../components/toast.js';
import { fmtDate, todayInChina } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

/**
 * Who may record a milestone as done from the item page: the lead unit's users
 * and supervisors (the server checks again).
 */
export function canRecordMilestones(item: ItemOut, me: Me | null | undefined): boolean {
  if (!me || !['assigned', 'in_progress'].includes(item.status)) return false;
  if (can(me.roles, 'item.manage')) return true;
  return (
    can(me.roles, 'item.write') &&
    item.responsibilities.some((r) => r.role === 'lead' && r.unitId === me.unitId)
  );
}

/**
 * "标记完成": records an open milestone as done on the date it was actually
 * finished (today by default; not in the future, not before the item's start)
 * with a note, through `POST /api/items/:id/milestones/:milestoneId/done`.
 */
export function MarkMilestoneDone({ item, milestone }: { item: ItemOut; milestone: MilestoneOut }) {
  const { t, lang } = useI18n();
  const message = useToast();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const today = todayInChina();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<Dayjs | null>(dayjs(today));
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.post<ItemOut>(`/api/items/${item.id}/milestones/${milestone.id}/done`, {
        version: item.version,
        doneDate: date?.format('YYYY-MM-DD'),
        note: note.trim() || null,
      }),
    onSuccess: (updated) => {
      message.success(t('item.markedDone'));
      setOpen(false);
      queryClient.setQueryData(['items', 'one', item.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['items', 'one', item.id] }),
  });
  if (milestone.doneDate || !canRecordMilestones(item, me)) return null;
  const chosen = date?.format('YYYY-MM-DD');
  const late = chosen ? milestoneLateDays(milestone.plannedDate, chosen) : 0;
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<CheckOutlined />}
        onClick={() => {
          setDate(dayjs(today));
          setNote('');
          save.reset();
          setOpen(true);
        }}
        data-testid="milestone-done"
      >
        {t('item.markDone')}
      </Button>
      <Modal
        open={open}
        title={t('ms.doneTitle', { title: milestone.title })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={
          { disabled: !date, loading: save.isPending, 'data-testid': 'milestone-done-ok' } as ButtonProps
        }
        onOk={() => save.mutate()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <div data-testid="milestone-done-dialog">
          {save.isError && (
            <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />
          )}
          <Form layout="vertical">
            <Form.Item
              label={t('ms.actualDate')}
              extra={`${t('item.planned')} ${fmtDate(milestone.plannedDate, lang, true)} · ${t('ms.dateHint', { start: fmtDate(item.startDate, lang, true) })}`}
            >
              <DatePicker
                value={date}
                onChange={setDate}
                allowClear={false}
                disabledDate={(d) =>
                  d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < item.startDate
                }
                style={{ width: '100%' }}
                data-testid="milestone-done-date"
              />
            </Form.Item>
            {chosen && (
              <Typography.Paragraph type={late ? 'warning' : 'success'} data-testid="milestone-done-lateness">
                {late ? t('ms.lateBy', { n: late }) : t('ms.onTime')}
              </Typography.Paragraph>
            )}
            <Form.Item label={t('ms.note')}>
              <Input.TextArea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={500}
                showCount
                autoSize={{ minRows: 2, maxRows: 5 }}
                placeholder={t('ms.notePlaceholder')}
                data-testid="milestone-done-note"
              />
            </Form.Item>
          </Form>
        </div>
      </Modal>
    </>
  );
}
