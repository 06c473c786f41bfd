import { Alert, Button } from 'antd';
import { ADMIN_ROLES } from '../../../core/duties.js';
import { ROLE_LABELS } from '../../../core/labels.js';
import { useUsers } from '../../backend/queries.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

/**
 * Guides a new installation to its three administrators (三员分立: system admin, security admin,
 * auditor, one dedicated account each): names the roles no active account holds yet, with a button
 * to create one. Shows nothing once all three exist.
 */
export function AdminRolesGuide({ onCreate }: { onCreate: () => void }) {
  const t = useT();
  const L = useLabel();
  const counts = [
    useUsers({ role: ADMIN_ROLES[0], pageSize: 1 }),
    useUsers({ role: ADMIN_ROLES[1], pageSize: 1 }),
    useUsers({ role: ADMIN_ROLES[2], pageSize: 1 }),
  ];
  if (counts.some((c) => !c.data)) return null;
  const missing = ADMIN_ROLES.filter((_, i) => (counts[i].data?.total ?? 0) === 0);
  if (!missing.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="admin-roles-guide"
      message={t('admins.missing', { roles: missing.map((r) => L(ROLE_LABELS, r)).join('、') })}
      action={
        <Button size="small" onClick={onCreate}>
          {t('users.new')}
        </Button>
      }
    />
  );
}
