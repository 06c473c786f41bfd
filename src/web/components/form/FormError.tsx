import { Alert, Button } from 'antd';
import type { ApiError } from '../../backend/client.js';
import { useT } from '../../i18n/I18nProvider.js';

/** A save that failed for a reason outside any one field, in words; stale versions offer a reload. */
export function FormError({
  error,
  onReload,
  reloadLabel,
}: {
  error: ApiError | null;
  onReload?: () => void;
  /** What the reload button says when it does more than refresh (keeps the user's changes). */
  reloadLabel?: string;
}) {
  const t = useT();
  if (!error) return null;
  const details = error.details.filter((d) => !d.field).map((d) => d.message);
  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      description={details.length ? details.join('；') : undefined}
      action={
        error.code === 'stale_version' && onReload ? (
          <Button size="small" onClick={onReload} data-testid="form-error-reload">
            {reloadLabel ?? t('common.refresh')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
      data-testid="form-error"
    />
  );
}
