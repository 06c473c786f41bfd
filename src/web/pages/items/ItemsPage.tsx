import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link } from 'react-router-dom';
import { canEnter } from '../../auth/roles.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ExportButton } from '../sheets/ExportButton.js';
import { ItemsTable } from './ItemsTable.js';

/** 全部事项: every item the user may see, across ledgers. */
export function ItemsPage() {
  const t = useT();
  const me = useMe().data;
  return (
    <>
      <PageHeader
        title={t('items.title')}
        testId="page-title"
        extra={
          <Space wrap>
            <ExportButton />
            {me && canEnter(me.roles, 'editItems') && (
              <Link to="/items/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="new-item">
                  {t('items.new')}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      <ItemsTable />
    </>
  );
}
