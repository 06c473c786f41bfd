import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, type ButtonProps, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { ACTION_LABELS } from '../../../core/labels.js';
import type { ItemAction } from '../../../core/status.js';
import { ApiError, api } from '../../backend/client.js';
import type { ItemOut } from '../../backend/types.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

/** Actions that end or undo work get a red button; the forward path a primary one. */
const DANGER: readonly ItemAction[] = ['cancel', 'return', 'suspend'];
const PRIMARY: readonly ItemAction[] = ['assign', 'start', 'request_completion', 'approve_completion'];

/** The lifecycle buttons the server says this user may press, each confirmed with an optional comment. */
export function ItemActions({ item }: { item: ItemOut }) {
  const t = useT();
  const L = useLabel();
  const message = useToast();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ItemAction | null>(null);
  const [comment, setComment] = useState('');

  const run = useMutation({
    mutationFn: (action: ItemAction) =>
      api.post<ItemOut>(`/api/items/${item.id}/transitions`, {
        action,
        version: item.version,
        comment: comment.trim() || null,
      }),
    onSuccess: (updated, action) => {
      message.success(t('item.actionDone', { action: L(ACTION_LABELS, action) }));
      if (updated && typeof updated === 'object' && 'id' in updated) {
        queryClient.setQueryData(['items', 'one', item.id], updated);
      }
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      setPending(null);
      setComment('');
    },
    onError: (error) => {
      message.error(error.message);
      if (error instanceof ApiError && error.code === 'stale_version') {
        void queryClient.invalidateQueries({ queryKey: ['items', 'one', item.id] });
        setPending(null);
      }
    },
  });

  const button = (action: ItemAction) => (
    <Button
      key={action}
      type={PRIMARY.includes(action) ? 'primary' : 'default'}
      danger={DANGER.includes(action)}
      onClick={() => {
        setComment('');
        setPending(action);
      }}
      data-testid={`action-${action}`}
    >
      {L(ACTION_LABELS, action)}
    </Button>
  );

  if (!item.actions.length) {
    // The workflow's request buttons sit beside these; say "nothing to do" only when there are none.
    if (item.requestKinds.length) return null;
    return <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('item.noActions')}</span>;
  }
  return (
    <>
      {/* Destructive actions (撤销, 退办, 暂停) stand apart from the forward path, at the far end,
          so that 撤销 is never the button next to 交办; each is confirmed with what it does. */}
      <Flex wrap gap={8} justify="space-between" data-testid="item-actions" style={{ width: '100%' }}>
        <Flex wrap gap={8}>
          {item.actions.filter((a) => !DANGER.includes(a)).map(button)}
        </Flex>
        <Flex wrap gap={8} data-testid="item-actions-danger">
          {item.actions.filter((a) => DANGER.includes(a)).map(button)}
        </Flex>
      </Flex>
      <Modal
        open={pending !== null}
        title={pending ? t('item.confirmAction', { action: L(ACTION_LABELS, pending) }) : ''}
        okText={pending ? L(ACTION_LABELS, pending) : t('common.confirm')}
        okButtonProps={
          { danger: !!pending && DANGER.includes(pending), 'data-testid': 'action-confirm' } as ButtonProps
        }
        cancelText={t('common.cancel')}
        confirmLoading={run.isPending}
        onOk={() => pending && run.mutate(pending)}
        onCancel={() => setPending(null)}
        destroyOnHidden
      >
        <div style={{ marginBottom: 8, fontWeight: 500 }}>{item.title}</div>
        {pending && DANGER.includes(pending) && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t(`item.danger.${pending as 'cancel' | 'return' | 'suspend'}`)}
            data-testid="action-danger-warning"
          />
        )}
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={t('item.comment')}
          data-testid="action-comment"
        />
      </Modal>
    </>
  );
}
