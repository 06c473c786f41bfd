import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { MEETING_KIND_LABELS, MEETING_KINDS } from '../../../core/meeting.js';
import type { MeetingOut } from '../../../core/schemas/meeting.js';
import { ApiError, api } from '../../backend/client.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

interface Values {
  title: string;
  kind: string;
  date: Dayjs | null;
  chair: string;
  place: string;
  attendees: string;
}

/** Registers a meeting (`meeting` undefined) or edits one. */
export function MeetingFormDrawer({
  open,
  meeting,
  onClose,
  onSaved,
}: {
  open: boolean;
  meeting?: MeetingOut;
  onClose: () => void;
  onSaved?: (m: MeetingOut) => void;
}) {
  const t = useT();
  const L = useLabel();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      meeting
        ? {
            ...meeting,
            date: dayjs(meeting.date),
            chair: meeting.chair ?? '',
            place: meeting.place ?? '',
            attendees: meeting.attendees ?? '',
          }
        : { title: '', kind: 'standing', date: dayjs(), chair: '', place: '', attendees: '' },
    );
  }, [open, meeting, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { ...v, date: v.date?.format('YYYY-MM-DD') };
      return meeting
        ? api.patch<MeetingOut>(`/api/meetings/${meeting.id}`, { ...body, version: meeting.version })
        : api.post<MeetingOut>('/api/meetings', body);
    },
    onSuccess: (m) => {
      toast.success(meeting ? t('common.saved') : t('common.created'));
      queryClient.invalidateQueries({ queryKey: ['meetings'] });
      onSaved?.(m);
      onClose();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={meeting ? t('meetings.edit') : t('meetings.new')}
      width={520}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="meeting-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('meetings.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="meeting-title" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="kind" label={t('meetings.kind')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select
              data-testid="meeting-kind"
              options={MEETING_KINDS.map((k) => ({ value: k, label: L(MEETING_KIND_LABELS, k) }))}
            />
          </Form.Item>
          <Form.Item name="date" label={t('meetings.date')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} data-testid="meeting-date" />
          </Form.Item>
        </Flex>
        <Form.Item name="chair" label={t('meetings.chair')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="place" label={t('meetings.place')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="attendees" label={t('meetings.attendees')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
