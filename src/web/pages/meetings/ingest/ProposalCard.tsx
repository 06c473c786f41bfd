import { Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Card } from '../../../../core/ingest/cards.js';
import type { LedgerOut } from '../../../backend/types.js';
import { UnitSelect } from '../../../components/UnitSelect.js';
import { useT } from '../../../i18n/I18nProvider.js';
import { FromWords } from './Highlighted.js';

/** One proposed draft item: every field editable, with the words it came from beneath it. */
export function ProposalCard({
  card,
  ledgers,
  active,
  onActivate,
  onChange,
  onMerge,
  onSplit,
}: {
  card: Card;
  ledgers: LedgerOut[];
  active: boolean;
  onActivate: () => void;
  onChange: (c: Partial<Card>) => void;
  onMerge?: () => void;
  onSplit?: () => void;
}) {
  const t = useT();
  const src = card.sources;
  const deadlines = src.flatMap((p) => p.deadlines);
  const scheduled = deadlines.find((d) => d.kind !== 'date');
  const unknown = src.flatMap((p) => p.unmatchedUnits.map((u) => u.text));
  const group = src.find((p) => p.group)?.group;
  return (
    // Hovering or focusing a card marks its words in the cleaned text; the card's own controls stay the way to act.
    // biome-ignore lint/a11y/noStaticElementInteractions: the handlers only highlight, they take no action
    <section
      data-testid="proposal-card"
      data-key={card.key}
      onFocusCapture={onActivate}
      onMouseEnter={onActivate}
      style={{
        border: `1px solid ${active ? '#1677ff' : '#f0f0f0'}`,
        borderRadius: 8,
        padding: 12,
        marginBottom: 12,
        opacity: card.include ? 1 : 0.55,
        background: '#fff',
      }}
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Checkbox
          checked={card.include}
          onChange={(e) => onChange({ include: e.target.checked })}
          data-testid="proposal-include"
        >
          <b>{card.marker}</b> {t('ingest.include')}
        </Checkbox>
        <Space size={4}>
          {onMerge && (
            <Button size="small" onClick={onMerge} data-testid="proposal-merge">
              {t('ingest.merge')}
            </Button>
          )}
          {onSplit && (
            <Button size="small" onClick={onSplit} data-testid="proposal-split">
              {t('ingest.split')}
            </Button>
          )}
        </Space>
      </Flex>
      {card.include && (
        <Form layout="vertical" size="small" component="div">
          <Form.Item label={t('ingest.titleField')} style={{ marginBottom: 8 }}>
            <Input
              value={card.title}
              maxLength={200}
              onChange={(e) => onChange({ title: e.target.value })}
              data-testid="proposal-title"
            />
          </Form.Item>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 3, expandable: true, symbol: '…' }}
            style={{ fontSize: 13, marginBottom: 8 }}
          >
            {card.text}
          </Typography.Paragraph>
          <Flex gap={12} wrap>
            <Form.Item label={t('ingest.ledger')} style={{ flex: '1 1 180px', marginBottom: 8 }}>
              <Select
                value={card.ledgerId ?? undefined}
                onChange={(v) => onChange({ ledgerId: v })}
                status={card.ledgerId ? undefined : 'warning'}
                data-testid="proposal-ledger"
                showSearch={{ optionFilterProp: 'label' }}
                options={ledgers.map((l) => ({ value: l.id, label: `${l.name}（${l.year}）` }))}
              />
              <FromWords words={src.flatMap((p) => p.ledgerWords)} kind="directive" />
            </Form.Item>
            <Form.Item label={t('ingest.due')} style={{ flex: '0 1 160px', marginBottom: 8 }}>
              <DatePicker
                value={card.dueDate ? dayjs(card.dueDate) : null}
                onChange={(d) => onChange({ dueDate: d ? d.format('YYYY-MM-DD') : null })}
                status={card.dueDate ? undefined : 'warning'}
                style={{ width: '100%' }}
                data-testid="proposal-due"
              />
              <FromWords words={deadlines.map((d) => d.text)} kind="deadline" />
              {!card.dueDate && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {scheduled ? t('ingest.asScheduled', { words: scheduled.text }) : t('ingest.noDue')}
                </Typography.Text>
              )}
            </Form.Item>
          </Flex>
          {group && (
            <Form.Item
              label={t('ingest.group', { words: group.text, n: group.unitIds.length })}
              style={{ marginBottom: 8 }}
            >
              <Radio.Group
                value={card.split}
                onChange={(e) =>
                  onChange({
                    split: e.target.value,
                    splitUnitIds: card.splitUnitIds.length ? card.splitUnitIds : group.unitIds,
                  })
                }
                data-testid="proposal-split-mode"
              >
                <Radio value="none">{t('ingest.splitNone')}</Radio>
                <Radio value="per_unit">{t('ingest.splitPerUnit')}</Radio>
                <Radio value="parent">{t('ingest.splitParent')}</Radio>
              </Radio.Group>
              {card.split !== 'none' && (
                <UnitSelect
                  mode="multiple"
                  // UnitSelect is typed for one unit; in multiple mode antd passes the list.
                  value={card.splitUnitIds as unknown as string}
                  onChange={(v) => onChange({ splitUnitIds: v as unknown as string[] })}
                  style={{ width: '100%', marginTop: 6 }}
                />
              )}
            </Form.Item>
          )}
          {card.split !== 'per_unit' && (
            <Flex gap={12} wrap>
              <Form.Item label={t('ingest.lead')} style={{ flex: '1 1 180px', marginBottom: 8 }}>
                <UnitSelect
                  allowClear
                  value={card.leadUnitId ?? undefined}
                  onChange={(v) =>
                    onChange({ leadUnitId: v ?? null, coopUnitIds: card.coopUnitIds.filter((u) => u !== v) })
                  }
                  data-testid="proposal-lead"
                />
                <FromWords words={src.flatMap((p) => (p.lead ? [p.lead.text] : []))} kind="lead" />
              </Form.Item>
              <Form.Item label={t('ingest.coop')} style={{ flex: '2 1 240px', marginBottom: 8 }}>
                <UnitSelect
                  mode="multiple"
                  value={card.coopUnitIds as unknown as string}
                  exclude={card.leadUnitId ? [card.leadUnitId] : []}
                  onChange={(v) => onChange({ coopUnitIds: v as unknown as string[] })}
                  data-testid="proposal-coop"
                />
                <FromWords words={src.flatMap((p) => p.cooperating.map((c) => c.text))} kind="coop" />
              </Form.Item>
            </Flex>
          )}
          {unknown.length > 0 && (
            <Typography.Text
              type="warning"
              style={{ fontSize: 12, display: 'block', marginBottom: 8 }}
              data-testid="proposal-unknown"
            >
              {t('ingest.unknownUnits', { names: unknown.join('、') })}
            </Typography.Text>
          )}
          {card.targets.length > 0 && (
            <div style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">{t('ingest.targets')}：</Typography.Text>
              {card.targets.map((tg, i) => (
                <Tag
                  key={`${tg.name}|${tg.value}|${tg.unit}`}
                  closable
                  onClose={() => onChange({ targets: card.targets.filter((_, k) => k !== i) })}
                  color="purple"
                  data-testid="proposal-target"
                >
                  {tg.name} {tg.value}
                  {tg.unit}
                </Tag>
              ))}
            </div>
          )}
          {card.milestones.length > 0 && (
            <div>
              <Typography.Text type="secondary">{t('ingest.milestones')}：</Typography.Text>
              {card.milestones.map((m, i) => (
                <Tag
                  key={`${m.plannedDate}|${m.title}`}
                  closable
                  onClose={() => onChange({ milestones: card.milestones.filter((_, k) => k !== i) })}
                  data-testid="proposal-milestone"
                >
                  {m.plannedDate} {m.title}
                  {m.origin === 'backward' ? `（${t('ingest.backward')}）` : ''}
                </Tag>
              ))}
            </div>
          )}
        </Form>
      )}
    </section>
  );
}
