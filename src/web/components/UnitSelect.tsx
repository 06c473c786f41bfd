import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useUnits } from '../backend/queries.js';
import type { UnitOut } from '../backend/types.js';
import { useT } from '../i18n/I18nProvider.js';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> & {
  /** Leave these units out (e.g. a unit cannot be its own parent). */
  exclude?: string[];
};

/** Picks a unit by name, short name or alias (区环保局 = 环保局 = 环保). */
export function UnitSelect({ exclude, placeholder, ...props }: Props) {
  const t = useT();
  const units = useUnits();
  const options = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((u: UnitOut) => !exclude?.includes(u.id))
        .map((u) => ({
          value: u.id,
          label: u.name,
          search: [u.name, u.shortName ?? '', ...u.aliases].join(' ').toLowerCase(),
        })),
    [units.data, exclude],
  );
  return (
    <Select<string>
      {...props}
      placeholder={placeholder ?? t('form.pickUnit')}
      loading={units.isPending}
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          !!option && String(option.search).includes(input.trim().toLowerCase()),
      }}
      notFoundContent={units.isError ? t('common.loadFailed') : undefined}
    />
  );
}
