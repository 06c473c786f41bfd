import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { toQueryString } from '../../backend/client.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { fieldQuery, type ItemFilters, parseFilters } from '../items/filters.js';
import { type DownloadProgress, downloadWithProgress } from './download.js';

/** Bytes an exported item takes in the compressed .xlsx, roughly: the bar's yardstick for large exports. */
const BYTES_PER_ITEM = 450;

/**
 * 导出Excel: the list as it is filtered, as the printed ledger (one row per
 * item) or one sheet per item (一事一表). Large exports stream for a while;
 * a dialog shows what has arrived.
 */
export function ExportButton({ fixed = {} }: { fixed?: Pick<ItemFilters, 'ledgerId'> }) {
  const t = useT();
  const [params] = useSearchParams();
  const toast = useToast();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);

  async function run(layout: 'rows' | 'perItem') {
    const {
      page: _p,
      pageSize: _s,
      sort: _o,
      cols: _c,
      fields,
      ...filters
    } = { ...parseFilters(params), ...fixed };
    const url = `/api/items/export.xlsx${toQueryString({ ...filters, ...fieldQuery(fields), overdue: filters.overdue ? 'true' : undefined, layout })}`;
    setProgress({ bytes: 0, items: null });
    try {
      const name = await downloadWithProgress(url, 'ledger.xlsx', setProgress);
      toast.success(t('sheets.exported', { name }));
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setProgress(null);
    }
  }

  const expected = progress?.items ? progress.items * BYTES_PER_ITEM : null;
  const percent = progress && expected ? Math.min(99, Math.round((100 * progress.bytes) / expected)) : 0;
  // The progress shows in the button itself: no dialog to load with the ledger page.
  const label = progress
    ? t('sheets.received', {
        size: `${(progress.bytes / 1024).toFixed(0)} KB`,
        items: progress.items ?? '…',
      }) + (expected ? ` · ${percent}%` : '')
    : t('sheets.export');
  return (
    <Dropdown
      trigger={['click']}
      disabled={!!progress}
      menu={{
        items: [
          { key: 'rows', label: t('sheets.exportRows'), onClick: () => run('rows') },
          { key: 'perItem', label: t('sheets.exportPerItem'), onClick: () => run('perItem') },
        ],
      }}
    >
      <Button icon={<FileExcelOutlined />} loading={!!progress} data-testid="export-xlsx">
        {label} {!progress && <DownOutlined />}
      </Button>
    </Dropdown>
  );
}
