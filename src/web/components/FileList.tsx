import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Image } from 'antd';
import type { FileOut } from '../backend/types.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Attachments: photos as thumbnails (click for the original), other files as download links. */
export function FileList({ files }: { files: FileOut[] }) {
  if (!files.length) return null;
  return (
    <Flex wrap gap={8} align="center" data-testid="file-list">
      {files.map((f) =>
        f.hasThumbnail ? (
          <Image
            key={f.id}
            width={72}
            height={72}
            style={{ objectFit: 'cover', borderRadius: 4 }}
            src={`/api/files/${f.id}/thumbnail`}
            preview={{ src: `/api/files/${f.id}/thumbnail` }}
            alt={f.name}
            data-testid="file-thumbnail"
          />
        ) : (
          <a key={f.id} href={`/api/files/${f.id}`} download={f.name} data-testid="file-link">
            <PaperClipOutlined /> {f.name} <span style={{ color: 'rgba(0,0,0,0.45)' }}>({size(f.size)})</span>
          </a>
        ),
      )}
    </Flex>
  );
}
