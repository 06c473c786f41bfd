import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Upload, type UploadFile } from 'antd';
import { ACCEPTED_EXTENSIONS } from '../../../core/files.js';
import { uploadFile } from '../../backend/client.js';
import type { FileOut } from '../../backend/types.js';
import { useT } from '../../i18n/I18nProvider.js';

/** The ids of the files uploaded in an evidence field. */
export function uploadedIds(files: UploadFile<FileOut>[] | undefined): string[] {
  return (files ?? [])
    .filter((f) => f.status === 'done' && f.response)
    .map((f) => (f.response as FileOut).id);
}

/**
 * 办结佐证: the final report's photos and files, uploaded to the item as they
 * are chosen; the completion request names them. At least one is required.
 */
export function EvidenceUpload({ itemId, name }: { itemId: string; name: string }) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={t('ev.files')}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile<FileOut>[] }) => e.fileList}
      initialValue={[]}
      required
      rules={[
        {
          validator: (_, files: UploadFile<FileOut>[] | undefined) =>
            uploadedIds(files).length ? Promise.resolve() : Promise.reject(new Error(t('ev.required'))),
        },
      ]}
    >
      <Upload<FileOut>
        accept={[...ACCEPTED_EXTENSIONS, 'image/*'].join(',')}
        listType="picture"
        customRequest={({ file, onSuccess, onError }) => {
          const blob = file as File;
          uploadFile<FileOut>(`/api/items/${itemId}/files`, blob, blob.name)
            .then((out) => onSuccess?.(out))
            .catch((e: Error) => onError?.(e));
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="evidence-upload">
          {t('ev.upload')}
        </Button>
      </Upload>
    </Form.Item>
  );
}
