import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The menu as a drawer on phones; its own chunk, since desktops never need it. */
export function MobileMenu({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={240}
      title={title}
      styles={{ body: { padding: 0 } }}
      rootClassName="ducha-menu-drawer"
    >
      <div data-testid="menu-drawer">{children}</div>
    </Drawer>
  );
}
