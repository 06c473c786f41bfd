import { Alert, Button } from 'antd';
import type { ApiError } from '../../backend/client.js';
import { useT } from '../../i18n/I18nProvider.js';

/** A save that failed for a reason outside any one field, in words; stale versions offer a reload. */
export function FormError({ error, onReload }: { error: ApiError | null; onReload?: () => void }) {
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
          <Button size="small" onClick={onReload}>
            {t('common.refresh')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
      data-testid="form-error"
    />
  );
}
