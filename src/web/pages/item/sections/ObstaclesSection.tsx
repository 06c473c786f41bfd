import { Button, Empty, Flex, Form, Input, List, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { OBSTACLE_CAUSES } from '../../../../core/enums.js';
import { OBSTACLE_CAUSE_LABELS } from '../../../../core/labels.js';
import { api } from '../../../backend/client.js';
import { useItemObstacles, useMe } from '../../../backend/queries.js';
import type { ItemOut, ObstacleOut } from '../../../backend/types.js';
import { FileList } from '../../../components/FileList.js';
import { ErrorState, Loading } from '../../../components/PageState.js';
import { UnitSelect } from '../../../components/UnitSelect.js';
import { useT } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';
import { useItemMutation } from './useItemMutation.js';

/** 问题/病因: what holds the item back, its cause and who must solve it; resolved with a resolution. */
export function ObstaclesSection({ item }: { item: ItemOut }) {
  const t = useT();
  const me = useMe().data;
  const query = useItemObstacles(item.id);
  const [open, setOpen] = useState(false);
  const running = ['assigned', 'in_progress', 'suspended'].includes(item.status);
  const isUnit = !!me && !me.permissions.includes('item.manage');
  const canRaise =
    !!me?.permissions.includes('obstacle.write') &&
    running &&
    (!isUnit || item.responsibilities.some((r) => r.unitId === me.unitId));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const lead = item.responsibilities.find((r) => r.role === 'lead')?.unitId;
  const canResolve = (o: ObstacleOut) =>
    !!me?.permissions.includes('obstacle.write') &&
    o.status === 'open' &&
    (!isUnit || [o.raisedByUnitId, o.solverUnitId, lead].includes(me.unitId));
  return (
    <div data-testid="item-obstacles">
      {canRaise && (
        <Button onClick={() => setOpen(true)} style={{ marginBottom: 12 }} data-testid="obstacle-open">
          {t('wf.raise')}
        </Button>
      )}
      {query.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wf.noObstacles')} />
      ) : (
        <List
          dataSource={query.data.items}
          renderItem={(o) => (
            <ObstacleRow key={o.id} obstacle={o} itemId={item.id} canResolve={canResolve(o)} />
          )}
        />
      )}
      <RaiseObstacle item={item} open={open} onClose={() => setOpen(false)} />
    </div>
  );
}

function ObstacleRow({
  obstacle: o,
  itemId,
  canResolve,
}: {
  obstacle: ObstacleOut;
  itemId: string;
  canResolve: boolean;
}) {
  const t = useT();
  const L = useLabel();
  const [open, setOpen] = useState(false);
  const [resolution, setResolution] = useState('');
  const resolve = useItemMutation(
    itemId,
    () => api.post(`/api/obstacles/${o.id}/resolve`, { resolution: resolution.trim(), version: o.version }),
    t('common.saved'),
    () => setOpen(false),
  );
  return (
    <List.Item data-testid="obstacle" data-status={o.status}>
      <div style={{ width: '100%' }}>
        <Flex wrap gap={8} align="center">
          <Tag color="volcano">{L(OBSTACLE_CAUSE_LABELS, o.cause)}</Tag>
          <Tag color={o.status === 'open' ? 'red' : 'green'}>
            {o.status === 'open' ? t('wf.open') : t('wf.resolved')}
          </Tag>
          <span style={{ color: 'rgba(0,0,0,0.55)', fontSize: 12 }}>
            {t('wf.solver')}：{o.solverUnitName}
            {o.raisedByUnitName ? ` · ${t('wf.raisedBy', { unit: o.raisedByUnitName })}` : ''}
          </span>
          {canResolve && (
            <Button size="small" onClick={() => setOpen(true)} data-testid="obstacle-resolve">
              {t('wf.resolve')}
            </Button>
          )}
        </Flex>
        <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{o.description}</div>
        {o.resolution && (
          <div style={{ color: 'rgba(0,0,0,0.65)' }}>
            {t('wf.resolution')}：{o.resolution}
          </div>
        )}
        <FileList files={o.files} />
      </div>
      <Modal
        open={open}
        title={t('wf.resolve')}
        okText={t('wf.resolve')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !resolution.trim() }}
        confirmLoading={resolve.isPending}
        onOk={() => resolve.mutate(undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
          placeholder={t('wf.resolution')}
        />
      </Modal>
    </List.Item>
  );
}

function RaiseObstacle({ item, open, onClose }: { item: ItemOut; open: boolean; onClose: () => void }) {
  const t = useT();
  const L = useLabel();
  const [form] = Form.useForm<{ cause: string; description: string; solverUnitId: string }>();
  const raise = useItemMutation(
    item.id,
    (v: { cause: string; description: string; solverUnitId: string }) =>
      api.post(`/api/items/${item.id}/obstacles`, v),
    t('common.saved'),
    () => {
      form.resetFields();
      onClose();
    },
  );
  return (
    <Modal
      open={open}
      title={t('wf.raise')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={raise.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => raise.mutate(v)}>
        <Form.Item name="cause" label={t('wf.cause')} rules={[{ required: true }]}>
          <Select options={OBSTACLE_CAUSES.map((c) => ({ value: c, label: L(OBSTACLE_CAUSE_LABELS, c) }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('wf.description')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="solverUnitId" label={t('wf.solver')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
