import { BellOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { UnreadCount } from '../../core/schemas/notification.js';
import { api } from '../backend/client.js';
import { useI18n } from '../i18n/I18nProvider.js';

export const UNREAD_KEY = ['notifications', 'unread'];

/**
 * The bell in the header: the unread count, kept live by the server's event
 * stream (the browser's EventSource reconnects by itself). A new count also
 * refreshes any notification list on screen.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => api.get<UnreadCount>('/api/notifications/unread-count'),
  });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    source.addEventListener('unread', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as UnreadCount;
      const before = queryClient.getQueryData<UnreadCount>(UNREAD_KEY);
      queryClient.setQueryData(UNREAD_KEY, data);
      if (before && before.unread !== data.unread)
        void queryClient.invalidateQueries({ queryKey: ['notifications', 'list'] });
    });
    return () => source.close();
  }, [queryClient]);
  const n = unread.data?.unread ?? 0;
  return (
    <Link to="/notifications" aria-label={t('nt.bell')} data-testid="bell">
      <Badge
        count={n}
        size="small"
        overflowCount={99}
        offset={[-2, 4]}
        data-testid="bell-count"
        data-count={n}
      >
        <Button
          type="text"
          size="small"
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
          tabIndex={-1}
        />
      </Badge>
    </Link>
  );
}
