import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, type List } from '../../backend/client.js';
import type { ItemListOut } from '../../backend/types.js';
import { useT } from '../../i18n/I18nProvider.js';

/** Picks items by title or code, searched on the server; `known` labels items already chosen. */
export function ItemPicker({
  value,
  onChange,
  known = [],
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  known?: { id: string; code: string; title: string }[];
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const found = useQuery({
    queryKey: ['items', 'picker', debounced],
    queryFn: () =>
      api.get<List<ItemListOut>>('/api/items', {
        view: 'list',
        q: debounced || undefined,
        pageSize: 20,
        status: 'assigned,in_progress',
      }),
  });
  const seen = new Map(known.map((k) => [k.id, k]));
  for (const i of found.data?.items ?? []) seen.set(i.id, { id: i.id, code: i.code, title: i.title });
  return (
    <Select<string[]>
      mode="multiple"
      size="large"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('ins.itemsHint')}
      loading={found.isFetching}
      options={[...seen.values()].map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))}
      data-testid="item-picker"
    />
  );
}
