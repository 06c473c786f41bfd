import { useMe } from '../../backend/queries.js';
import { StateBlock } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';

/** For roles without a workspace of their own yet (the security admin until the settings screens land). */
export function WelcomePage() {
  const t = useT();
  const me = useMe().data;
  return (
    <StateBlock
      kind="info"
      title={t('welcome.title')}
      text={`${me?.displayName ?? ''} — ${t('welcome.body')}`}
      testId="welcome"
    />
  );
}
