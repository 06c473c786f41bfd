import { Tag, Tooltip } from 'antd';
import type { ItemStatus, Light } from '../../core/enums.js';
import { LIGHT_LABELS, STATUS_LABELS } from '../../core/labels.js';
import { useLabel } from '../i18n/labels.js';

/** The office's colours for the three lights (stronger than antd's presets, readable on white). */
export const LIGHT_COLORS: Record<Light, string> = { red: '#d9363e', yellow: '#e6a23c', green: '#3ba272' };

const STATUS_COLORS: Record<ItemStatus, string> = {
  draft: 'default',
  assigned: 'processing',
  in_progress: 'blue',
  pending_review: 'purple',
  completed: 'success',
  suspended: 'warning',
  cancelled: 'default',
};

export function LightTag({ light, reasons }: { light: Light | null; reasons?: readonly string[] }) {
  const L = useLabel();
  if (!light) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  const tag = (
    <Tag
      color={LIGHT_COLORS[light]}
      data-testid="light-tag"
      data-light={light}
      style={{ marginInlineEnd: 0 }}
    >
      {L(LIGHT_LABELS, light)}
    </Tag>
  );
  return reasons?.length ? <Tooltip title={reasons.join('；')}>{tag}</Tooltip> : tag;
}

export function LightDot({ light, size = 10 }: { light: Light; size?: number }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: size,
        height: size,
        borderRadius: '50%',
        background: LIGHT_COLORS[light],
        marginInlineEnd: 6,
        verticalAlign: 'middle',
      }}
    />
  );
}

export function StatusTag({ status }: { status: ItemStatus }) {
  const L = useLabel();
  return (
    <Tag
      color={STATUS_COLORS[status]}
      data-testid="status-tag"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {L(STATUS_LABELS, status)}
    </Tag>
  );
}
