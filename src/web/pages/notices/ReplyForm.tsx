import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../core/files.js';
import { api, uploadFile } from '../../backend/client.js';
import type { FileOut, NoticeOut } from '../../backend/types.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useNoticeMutation } from './noticeQueries.js';

/** 整改回复: what the unit did, with photos and files (uploaded to the notice's first item, then attached). */
export function ReplyForm({ notice }: { notice: NoticeOut }) {
  const t = useT();
  const [form] = Form.useForm<{ content: string }>();
  const [files, setFiles] = useState<UploadFile<FileOut>[]>([]);
  const uploading = files.some((f) => f.status === 'uploading');
  const send = useNoticeMutation(
    (v: { content: string }) =>
      api.post<NoticeOut>(`/api/notices/${notice.id}/replies`, {
        content: v.content,
        version: notice.version,
        fileIds: files
          .filter((f) => f.status === 'done' && f.response)
          .map((f) => (f.response as FileOut).id),
      }),
    t('notice.replySent'),
    () => {
      form.resetFields();
      setFiles([]);
    },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => send.mutate(v)}
      style={{ marginBottom: 16 }}
      data-testid="notice-reply-form"
    >
      <Form.Item
        name="content"
        label={t('notice.replyContent')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={4} maxLength={5000} data-testid="notice-reply-content" />
      </Form.Item>
      <Form.Item label={t('wf.attachments')}>
        <Upload<FileOut>
          accept={[...ACCEPTED_EXTENSIONS, 'image/*'].join(',')}
          listType="picture"
          fileList={files}
          onChange={({ fileList }) => setFiles(fileList)}
          customRequest={({ file, onSuccess, onError }) => {
            const blob = file as File;
            uploadFile<FileOut>(`/api/items/${notice.items[0].id}/files`, blob, blob.name)
              .then((out) => onSuccess?.(out))
              .catch((e: Error) => onError?.(e));
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="notice-reply-upload">
            {t('wf.upload')}
          </Button>
        </Upload>
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={send.isPending}
        disabled={uploading}
        data-testid="notice-reply-submit"
      >
        {t('notice.reply')}
      </Button>
    </Form>
  );
}
