import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  type ButtonProps,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../../core/files.js';
import { OBSTACLE_CAUSE_LABELS } from '../../../../core/labels.js';
import { api, uploadFile } from '../../../backend/client.js';
import { useItemObstacles } from '../../../backend/queries.js';
import type { FileOut, ItemOut, ReportOut } from '../../../backend/types.js';
import { useT } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';
import { useItemMutation } from './useItemMutation.js';

interface Values {
  content: string;
  percent: number;
  problems?: string;
  nextSteps?: string;
  obstacleIds?: string[];
  targets?: Record<string, number | null>;
}

/** 报送进展: content, percent, the targets' current values, problems, next steps, photos and files, obstacles. */
export function ReportForm({ item, open, onClose }: { item: ItemOut; open: boolean; onClose: () => void }) {
  const t = useT();
  const L = useLabel();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile<FileOut>[]>([]);
  const obstacles = useItemObstacles(item.id);
  const troubled = item.light === 'red' || item.trajectory === 'behind' || item.trajectory === 'far_behind';
  const submit = useItemMutation(
    item.id,
    (v: Values) =>
      api.post<ReportOut>(`/api/items/${item.id}/reports`, {
        content: v.content,
        percent: v.percent,
        problems: v.problems || null,
        nextSteps: v.nextSteps || null,
        obstacleIds: v.obstacleIds ?? [],
        targetValues: Object.entries(v.targets ?? {})
          .filter(([, value]) => typeof value === 'number')
          .map(([targetId, value]) => ({ targetId, value })),
        fileIds: files
          .filter((f) => f.status === 'done' && f.response)
          .map((f) => (f.response as FileOut).id),
      }),
    t('wf.submitted'),
    () => {
      form.resetFields();
      setFiles([]);
      onClose();
    },
  );
  return (
    <Modal
      open={open}
      title={t('wf.report')}
      okText={t('wf.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okButtonProps={{ 'data-testid': 'report-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => submit.mutate(v)}
        initialValues={{ percent: item.progress }}
      >
        <Form.Item name="content" label={t('wf.content')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="report-content" />
        </Form.Item>
        <Form.Item name="percent" label={t('wf.percent')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} data-testid="report-percent" />
        </Form.Item>
        {item.targets.map((target) => (
          <Form.Item
            key={target.id}
            name={['targets', target.id]}
            label={t('wf.targetValue', { name: target.name, unit: target.unit })}
          >
            <InputNumber
              style={{ width: 180 }}
              placeholder={String(target.currentValue ?? target.baselineValue)}
            />
          </Form.Item>
        ))}
        <Form.Item name="problems" label={t('wf.problems')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="nextSteps" label={t('wf.nextSteps')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="obstacleIds"
          label={t('wf.obstacleIds')}
          extra={troubled ? t('wf.obstacleRequired') : undefined}
          rules={
            troubled ? [{ required: true, type: 'array', min: 1, message: t('wf.obstacleRequired') }] : []
          }
        >
          <Select
            mode="multiple"
            options={(obstacles.data?.items ?? [])
              .filter((o) => o.status === 'open')
              .map((o) => ({
                value: o.id,
                label: `【${L(OBSTACLE_CAUSE_LABELS, o.cause)}】${o.description}`,
              }))}
          />
        </Form.Item>
        <Form.Item label={t('wf.attachments')}>
          <Upload<FileOut>
            accept={[...ACCEPTED_EXTENSIONS, 'image/*'].join(',')}
            listType="picture"
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              const blob = file as File;
              uploadFile<FileOut>(`/api/items/${item.id}/files`, blob, blob.name)
                .then((out) => onSuccess?.(out))
                .catch((e: Error) => onError?.(e));
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="report-upload">
              {t('wf.upload')}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
