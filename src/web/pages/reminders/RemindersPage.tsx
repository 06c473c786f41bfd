import { can } from '../../../core/access.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ChannelsCard } from './ChannelsCard.js';
import { DeliveriesCard } from './DeliveriesCard.js';
import { LadderCard } from './LadderCard.js';
import { PreviewCard } from './PreviewCard.js';

/** /reminders — the office's reminder ladder, what it will send, what failed, and the channels. */
export function RemindersPage() {
  const { t } = useI18n();
  const roles = useMe().data?.roles ?? [];
  return (
    <div data-testid="reminders-page">
      <PageHeader title={t('rm.title')} />
      {can(roles, 'reminder.read') && <PreviewCard />}
      {can(roles, 'reminder.read') && <LadderCard editable={can(roles, 'reminder.manage')} />}
      {can(roles, 'delivery.read') && <DeliveriesCard />}
      {can(roles, 'settings.read') && <ChannelsCard editable={can(roles, 'settings.write')} />}
    </div>
  );
}
