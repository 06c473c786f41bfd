import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { STATUS_LABELS } from '../../../core/labels.js';
import type { SimilarList } from '../../../core/schemas/similar.js';
import { api } from '../../backend/client.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/**
 * A warning under the title when an open item of the same ledger has the same
 * or nearly the same title (`GET /api/items/similar`): the user may be about to
 * enter it twice. It warns and links; it never blocks the save.
 */
export function SimilarItemsWarning({
  ledgerId,
  title,
  excludeId,
}: {
  ledgerId?: string;
  title?: string;
  excludeId?: string;
}) {
  const t = useT();
  const L = useLabel();
  const q = useDebounced((title ?? '').trim(), 400);
  const query = useQuery({
    queryKey: ['items', 'similar', ledgerId, q, excludeId],
    queryFn: () => api.get<SimilarList>('/api/items/similar', { ledgerId, title: q, excludeId }),
    enabled: !!ledgerId && q.length >= 2 && q.length <= 400,
    staleTime: 30_000,
  });
  const items = query.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: -12, marginBottom: 12 }}
      data-testid="similar-items"
      title={items.some((i) => i.similarity === 1) ? t('form.sameTitle') : t('form.similarTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((i) => (
            <li key={i.id}>
              <Link to={`/items/${i.id}`} target="_blank">
                {i.code} {i.title}
              </Link>{' '}
              （{L(STATUS_LABELS, i.status)}）
            </li>
          ))}
        </ul>
      }
    />
  );
}
