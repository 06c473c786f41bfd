import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../../components/toast.js';

/** A write on an item's workflow: on success the item, its lists and the counts are read again. */
export function useItemMutation<V, R>(
  itemId: string,
  fn: (v: V) => Promise<R>,
  done: string,
  after?: () => void,
) {
  const queryClient = useQueryClient();
  const message = useToast();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      message.success(done);
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      void queryClient.invalidateQueries({ queryKey: ['items', 'one', itemId] });
      after?.();
    },
    onError: (e) => message.error(e.message),
  });
}
