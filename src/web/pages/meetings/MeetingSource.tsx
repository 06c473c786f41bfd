import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { canEnter } from '../../auth/roles.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';

interface MeetingRef {
  meeting: { meetingId: string; title: string; date: string; directiveNo: number | null } | null;
}

/** An item's source, linking back to the meeting it came from when there is one the user may open. */
export function MeetingSource({ itemId, text }: { itemId: string; text: string }) {
  const me = useMe().data;
  const may = !!me && canEnter(me.roles, 'meetings');
  const ref = useQuery({
    queryKey: ['meetings', 'of-item', itemId],
    queryFn: () => api.get<MeetingRef>(`/api/items/${itemId}/meeting`),
    enabled: may,
    staleTime: 60_000,
  });
  const m = ref.data?.meeting;
  if (!m) return <>{text}</>;
  return (
    <Link to={`/meetings/${m.meetingId}`} data-testid="item-meeting-link">
      {text}
    </Link>
  );
}
