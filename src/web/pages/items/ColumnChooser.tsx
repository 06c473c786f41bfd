import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider.js';
import { COLUMN_KEYS, COLUMN_TITLES, type ColumnKey, DEFAULT_HIDDEN } from './columns.js';

const STORAGE_KEY = 'ducha.items.hiddenColumns';

function readHidden(): ColumnKey[] {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(raw))
      return raw.filter((k): k is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(k));
  } catch {
    // Unreadable setting: fall back to the defaults.
  }
  return DEFAULT_HIDDEN;
}

/** The hidden columns, remembered in this browser. */
export function useHiddenColumns(): [ColumnKey[], (hidden: ColumnKey[]) => void] {
  const [hidden, setHidden] = useState<ColumnKey[]>(readHidden);
  return [
    hidden,
    (next) => {
      setHidden(next);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the choice lasts for this page.
      }
    },
  ];
}

export function ColumnChooser({
  available,
  hidden,
  onChange,
  extra = [],
  shownExtra = [],
  onExtraChange,
}: {
  available: readonly ColumnKey[];
  hidden: ColumnKey[];
  onChange: (hidden: ColumnKey[]) => void;
  /** The ledger template's fields, offered as optional columns (kept in the URL by the caller). */
  extra?: { value: string; label: string }[];
  shownExtra?: string[];
  onExtraChange?: (shown: string[]) => void;
}) {
  const t = useT();
  const visible = available.filter((k) => !hidden.includes(k));
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <>
          <Checkbox.Group
            value={visible}
            onChange={(checked) => onChange(available.filter((k) => !checked.includes(k)))}
            style={{ display: 'grid', gap: 6 }}
            data-testid="column-chooser"
            options={available.map((k) => ({
              value: k,
              label: t(COLUMN_TITLES[k]),
              disabled: k === 'title',
            }))}
          />
          {extra.length > 0 && (
            <>
              <div style={{ margin: '10px 0 6px', fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                {t('sheets.templateColumns')}
              </div>
              <Checkbox.Group
                value={shownExtra}
                onChange={(checked) =>
                  onExtraChange?.(extra.map((e) => e.value).filter((v) => checked.includes(v)))
                }
                style={{ display: 'grid', gap: 6 }}
                data-testid="field-column-chooser"
                options={extra}
              />
            </>
          )}
        </>
      }
    >
      <Button icon={<SettingOutlined />} data-testid="columns-button">
        {t('items.columns')}
      </Button>
    </Popover>
  );
}
