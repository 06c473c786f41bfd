import { Progress, Table, Typography } from 'antd';
import type { ItemOut, TargetOut } from '../../../backend/types.js';
import { useT } from '../../../i18n/I18nProvider.js';

/** Share of the way from baseline to target reached by the current value (null when not reported yet). */
export function targetShare(target: TargetOut): number | null {
  if (target.currentValue === null) return null;
  const span = target.targetValue - target.baselineValue;
  if (span === 0) return target.currentValue >= target.targetValue ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round(((target.currentValue - target.baselineValue) / span) * 100)));
}

/** 任务书: the goal in words and its measurable targets. */
export function TaskBookSection({ item }: { item: ItemOut }) {
  const t = useT();
  return (
    <div data-testid="item-taskbook">
      {item.goal ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="item-goal">
          {item.goal}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('item.noGoal')}</Typography.Paragraph>
      )}
      {item.targets.length > 0 ? (
        <Table<TargetOut>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={item.targets}
          scroll={{ x: 'max-content' }}
          data-testid="item-targets"
          columns={[
            { key: 'name', title: t('items.targetName'), dataIndex: 'name' },
            {
              key: 'target',
              title: t('items.targetValue'),
              render: (_, x) => `${x.targetValue} ${x.unit}`,
            },
            {
              key: 'baseline',
              title: t('items.baselineValue'),
              render: (_, x) => `${x.baselineValue} ${x.unit}`,
            },
            {
              key: 'current',
              title: t('items.currentValue'),
              render: (_, x) => (x.currentValue === null ? '—' : `${x.currentValue} ${x.unit}`),
            },
            {
              key: 'share',
              title: t('items.progress'),
              width: 140,
              render: (_, x) => {
                const share = targetShare(x);
                return share === null ? '—' : <Progress percent={share} size="small" style={{ margin: 0 }} />;
              },
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('item.noTargets')}</Typography.Text>
      )}
    </div>
  );
}
