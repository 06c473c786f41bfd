import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { StateBlock } from '../../components/PageState.js';
import { useT } from '../../i18n/I18nProvider.js';

export function NotFoundPage() {
  const t = useT();
  return (
    <StateBlock
      kind="notFound"
      title={t('common.notFound')}
      text={t('common.notFoundDesc')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
      testId="not-found"
    />
  );
}
