import { PlusOutlined, ProfileOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { canEnter } from '../../auth/roles.js';
import { useLedger, useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ItemsTable } from '../items/ItemsTable.js';
import { ExportButton } from '../sheets/ExportButton.js';

/** One ledger's table (一账一表). */
export function LedgerItemsPage() {
  const { ledgerId } = useParams();
  const t = useT();
  const me = useMe().data;
  const ledger = useLedger(ledgerId);
  if (ledger.isError) return <ErrorState error={ledger.error} onRetry={() => ledger.refetch()} />;
  return (
    <>
      <PageHeader
        back="/ledgers"
        testId="page-title"
        title={ledger.data ? ledger.data.name : t('common.loading')}
        subtitle={ledger.data?.description ?? undefined}
        extra={
          <Space wrap>
            <ExportButton fixed={{ ledgerId }} />
            {me && canEnter(me.roles, 'editLedgers') && (
              <Link to={`/ledgers/${ledgerId}/template`}>
                <Button icon={<ProfileOutlined />} data-testid="edit-template">
                  {t('sheets.template')}
                </Button>
              </Link>
            )}
            {me && canEnter(me.roles, 'editItems') && (
              <>
                <Link to={`/ledgers/${ledgerId}/import`}>
                  <Button icon={<UploadOutlined />} data-testid="import-xlsx">
                    {t('sheets.import')}
                  </Button>
                </Link>
                <Link to={`/items/new?ledgerId=${ledgerId}`}>
                  <Button type="primary" icon={<PlusOutlined />} data-testid="new-item">
                    {t('items.new')}
                  </Button>
                </Link>
              </>
            )}
          </Space>
        }
      />
      <ItemsTable fixed={{ ledgerId }} />
    </>
  );
}
