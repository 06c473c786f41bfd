import { Button, Empty, Flex, Input, List, Modal, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../../backend/client.js';
import { useItemInstructions, useMe } from '../../../backend/queries.js';
import type { InstructionOut, ItemOut } from '../../../backend/types.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { fmtInstant } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useItemMutation } from './useItemMutation.js';

/** 领导批示: shown until every responsible unit has acknowledged; leaders write, units acknowledge. */
export function InstructionsSection({ item }: { item: ItemOut }) {
  const { t } = useI18n();
  const me = useMe().data;
  const query = useItemInstructions(item.id);
  const [writing, setWriting] = useState(false);
  const [content, setContent] = useState('');
  const write = useItemMutation(
    item.id,
    () => api.post(`/api/items/${item.id}/instructions`, { content: content.trim() }),
    t('common.saved'),
    () => {
      setWriting(false);
      setContent('');
    },
  );
  const canWrite =
    !!me?.permissions.includes('instruction.write') &&
    ['assigned', 'in_progress', 'pending_review', 'suspended'].includes(item.status);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <div data-testid="item-instructions">
      {canWrite && (
        <Button onClick={() => setWriting(true)} style={{ marginBottom: 12 }} data-testid="instruction-open">
          {t('wf.write')}
        </Button>
      )}
      {query.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wf.noInstructions')} />
      ) : (
        <List
          dataSource={query.data.items}
          renderItem={(i) => (
            <InstructionRow key={i.id} instruction={i} itemId={item.id} unitId={me?.unitId ?? null} />
          )}
        />
      )}
      <Modal
        open={writing}
        title={t('wf.write')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !content.trim() }}
        confirmLoading={write.isPending}
        onOk={() => write.mutate(undefined)}
        onCancel={() => setWriting(false)}
        destroyOnHidden
      >
        <Input.TextArea
          rows={4}
          maxLength={2000}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          placeholder={t('wf.instruction')}
        />
      </Modal>
    </div>
  );
}

function InstructionRow({
  instruction: i,
  itemId,
  unitId,
}: {
  instruction: InstructionOut;
  itemId: string;
  unitId: string | null;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [reply, setReply] = useState('');
  const ack = useItemMutation(
    itemId,
    () => api.post(`/api/instructions/${i.id}/acknowledge`, { reply: reply.trim() || null }),
    t('wf.acknowledged'),
    () => setOpen(false),
  );
  const mine = i.acks.find((a) => a.unitId === unitId && !a.acknowledgedAt);
  return (
    <List.Item data-testid="instruction" data-answered={i.answered}>
      <div style={{ width: '100%' }}>
        <div style={{ whiteSpace: 'pre-wrap', fontWeight: 500 }}>{i.content}</div>
        <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
          {[i.authorName, i.authorTitle, fmtInstant(i.createdAt, lang)].filter(Boolean).join(' · ')}
        </div>
        <Flex wrap gap={4} style={{ marginTop: 4 }}>
          {i.acks.map((a) => (
            <Tag key={a.unitId} color={a.acknowledgedAt ? 'green' : 'orange'} title={a.reply ?? undefined}>
              {a.unitName} {a.acknowledgedAt ? t('wf.acknowledged') : t('wf.waiting')}
            </Tag>
          ))}
        </Flex>
        {mine && (
          <Button
            size="small"
            type="primary"
            onClick={() => setOpen(true)}
            style={{ marginTop: 6 }}
            data-testid="instruction-ack"
          >
            {t('wf.ackInstruction')}
          </Button>
        )}
      </div>
      <Modal
        open={open}
        title={t('wf.ackInstruction')}
        okText={t('wf.acknowledge')}
        cancelText={t('common.cancel')}
        confirmLoading={ack.isPending}
        onOk={() => ack.mutate(undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          placeholder={t('wf.reply')}
        />
      </Modal>
    </List.Item>
  );
}
