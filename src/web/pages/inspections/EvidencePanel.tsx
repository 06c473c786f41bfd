import { CameraOutlined, EnvironmentOutlined, FileImageOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Image, Input, Progress, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { formatCoordinates } from '../../../core/inspection.js';
import type { EvidenceOut } from '../../../core/schemas/inspection.js';
import { api } from '../../backend/client.js';
import { errorText } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { uploadWithProgress, useEvidence } from './inspectionQueries.js';

interface Pending {
  key: number;
  file: File;
  share: number;
  error: string | null;
}

/** One photo: thumbnail (or an honest placeholder), when and where it was taken, and the inspector's words. */
function PhotoCard({ e, canEdit, onSaved }: { e: EvidenceOut; canEdit: boolean; onSaved: () => void }) {
  const t = useT();
  const [address, setAddress] = useState(e.address ?? '');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await api.patch(`/api/evidence/${e.id}`, { version: e.version, address });
      onSaved();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card size="small" style={{ width: 260 }} data-testid="evidence-card">
      {e.hasThumbnail ? (
        <Image
          src={`/api/evidence/${e.id}/thumbnail`}
          preview={{ src: `/api/evidence/${e.id}/thumbnail` }}
          alt={e.name}
          width="100%"
          height={160}
          style={{ objectFit: 'cover', borderRadius: 4 }}
          data-testid="evidence-thumbnail"
        />
      ) : (
        <Flex
          vertical
          align="center"
          justify="center"
          style={{ height: 160, background: '#f5f5f5', borderRadius: 4 }}
        >
          <FileImageOutlined style={{ fontSize: 32, color: '#999' }} />
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center', padding: 8 }}>
            {e.isImage ? t('ins.noPreview') : e.name}
          </Typography.Text>
        </Flex>
      )}
      <Flex vertical gap={4} style={{ marginTop: 8, fontSize: 13 }}>
        <Typography.Text ellipsis>{e.name}</Typography.Text>
        <span data-testid="evidence-taken">
          {e.takenAt ? `${t('ins.takenAt')}：${e.takenAt.replace('T', ' ')}` : t('ins.noExif')}
        </span>
        {e.dating === 'stale' && (
          <Tag color="red" icon={<WarningOutlined />} data-testid="evidence-stale">
            {t('ins.stale', { n: e.daysBefore ?? 0 })}
          </Tag>
        )}
        {e.dating === 'after' && <Tag color="orange">{t('ins.after')}</Tag>}
        <span data-testid="evidence-coords">
          <EnvironmentOutlined />{' '}
          {e.latitude !== null && e.longitude !== null
            ? formatCoordinates(e.latitude, e.longitude)
            : t('ins.noGps')}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 11 }} copyable={{ text: e.sha256 }}>
          {t('ins.sha')} {e.sha256.slice(0, 16)}…
        </Typography.Text>
        {canEdit ? (
          <Flex gap={4}>
            <Input
              size="small"
              placeholder={t('ins.address')}
              value={address}
              onChange={(ev) => setAddress(ev.target.value)}
              maxLength={200}
            />
            <Button size="small" loading={saving} disabled={address === (e.address ?? '')} onClick={save}>
              {t('common.save')}
            </Button>
          </Flex>
        ) : (
          e.address && <span>{e.address}</span>
        )}
        <a href={`/api/evidence/${e.id}`} download={e.name}>
          {t('ins.original')}
        </a>
      </Flex>
    </Card>
  );
}

/**
 * Photos and files of an inspection or assessment. On a phone the big button
 * opens the camera (`capture=environment`); each upload shows its progress and
 * can be retried when the network drops.
 */
export function EvidencePanel({
  kind,
  ownerId,
  canEdit,
}: {
  kind: 'inspection' | 'assessment';
  ownerId: string;
  canEdit: boolean;
}) {
  const t = useT();
  const client = useQueryClient();
  const evidence = useEvidence(kind, ownerId);
  const [pending, setPending] = useState<Pending[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const counter = useRef(0);

  const refresh = () => client.invalidateQueries({ queryKey: ['fieldwork'] });
  const send = async (p: Pending) => {
    const update = (patch: Partial<Pending>) =>
      setPending((list) => list.map((x) => (x.key === p.key ? { ...x, ...patch } : x)));
    update({ error: null, share: 0 });
    try {
      await uploadWithProgress(`/api/${kind}s/${ownerId}/files`, p.file, (share) => update({ share }));
      setPending((list) => list.filter((x) => x.key !== p.key));
      void refresh();
    } catch (e) {
      update({ error: errorText(e) });
    }
  };
  const pick = (files: FileList | null) => {
    if (!files) return;
    const added = [...files].map((file) => ({ key: ++counter.current, file, share: 0, error: null }));
    setPending((list) => [...list, ...added]);
    for (const p of added) void send(p);
    if (input.current) input.current.value = '';
  };

  return (
    <Flex vertical gap={12} data-testid="evidence-panel">
      {canEdit && (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            style={{ display: 'none' }}
            onChange={(e) => pick(e.target.files)}
            data-testid="photo-input"
          />
          <Button
            type="primary"
            size="large"
            icon={<CameraOutlined />}
            onClick={() => input.current?.click()}
            style={{ minHeight: 56, fontSize: 17 }}
            block
            data-testid="take-photo"
          >
            {t('ins.takePhoto')}
          </Button>
        </>
      )}
      {pending.map((p) => (
        <div key={p.key} data-testid="upload-pending">
          {p.error ? (
            <Alert
              type="error"
              showIcon
              title={t('ins.uploadFailed', { name: p.file.name, reason: p.error })}
              action={
                <Button size="large" onClick={() => void send(p)} data-testid="upload-retry">
                  {t('ins.retry')}
                </Button>
              }
            />
          ) : (
            <>
              <Typography.Text>{t('ins.uploading', { name: p.file.name })}</Typography.Text>
              <Progress percent={Math.round(p.share * 100)} />
            </>
          )}
        </div>
      ))}
      {evidence.data && evidence.data.items.length === 0 && !pending.length && (
        <Typography.Text type="secondary">{t('ins.noPhotos')}</Typography.Text>
      )}
      <Flex wrap gap={12}>
        {evidence.data?.items.map((e) => (
          <PhotoCard key={`${e.id}-${e.version}`} e={e} canEdit={canEdit} onSaved={() => void refresh()} />
        ))}
      </Flex>
    </Flex>
  );
}
