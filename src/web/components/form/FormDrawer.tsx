import { Button, Drawer, Grid, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider.js';
import { FormError } from './FormError.js';

/**
 * The shell of every edit drawer: full width on phones, cancel and save in the
 * footer, the server's form-level error on top. The form itself is the child.
 */
export function FormDrawer({
  open,
  onClose,
  title,
  width = 480,
  saving,
  onSave,
  saveTestId,
  error,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  width?: number;
  saving: boolean;
  onSave: () => void;
  saveTestId: string;
  error: Parameters<typeof FormError>[0]['error'];
  children: ReactNode;
}) {
  const t = useT();
  const phone = !(Grid.useBreakpoint().sm ?? true);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={phone ? '100%' : width}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave} data-testid={saveTestId}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <FormError error={error} />
      {children}
    </Drawer>
  );
}
