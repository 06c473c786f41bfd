import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { usePeople } from '../backend/queries.js';
import { useT } from '../i18n/I18nProvider.js';

export interface KnownPerson {
  id: string;
  displayName: string;
  title: string | null;
}

function labelOf(p: KnownPerson): string {
  return p.title ? `${p.displayName}（${p.title}）` : p.displayName;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/**
 * Picks a person (leader in charge, deputy, responsible person), searched on
 * the server by name; `unitId` narrows to one unit's people. `known` gives
 * labels for values already chosen, so they show before any search.
 */
export function PersonSelect({
  value,
  onChange,
  unitId,
  known = [],
  disabled,
  placeholder,
  testId,
  prefer,
}: {
  /** `leader`: offer leaders first (主管领导). */
  prefer?: 'leader';
  value?: string | null;
  onChange?: (value: string | null) => void;
  unitId?: string | null;
  known?: KnownPerson[];
  disabled?: boolean;
  placeholder?: string;
  testId?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [open, setOpen] = useState(false);
  const people = usePeople({ unitId: unitId ?? undefined, q: q || undefined, prefer }, open && !disabled);
  const options = useMemo(() => {
    const seen = new Map<string, { value: string; label: string }>();
    for (const p of [...known, ...(people.data ?? [])]) {
      if (!seen.has(p.id)) seen.set(p.id, { value: p.id, label: labelOf(p) });
    }
    return [...seen.values()];
  }, [known, people.data]);

  return (
    <Select<string>
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      disabled={disabled}
      placeholder={placeholder ?? t('form.pickPerson')}
      options={options}
      loading={people.isFetching}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={
        people.isError ? t('common.loadFailed') : people.isFetching ? t('common.loading') : t('common.noData')
      }
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
