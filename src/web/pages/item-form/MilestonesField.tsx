import { DeleteOutlined, PlusOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TemplateOut } from '../../../core/schemas/template.js';
import { layMilestonesBackwards } from '../../../core/template.js';
import { api } from '../../backend/client.js';
import { useT } from '../../i18n/I18nProvider.js';

/**
 * 倒排工期: adds the ledger template's milestones, laid backwards from the due
 * date, that the roadmap does not have yet.
 */
function BackwardsButton({ add }: { add: (value: { title: string; plannedDate: Dayjs }) => void }) {
  const t = useT();
  const form = Form.useFormInstance();
  const ledgerId = Form.useWatch('ledgerId', form) as string | undefined;
  const start = Form.useWatch('startDate', form) as Dayjs | undefined;
  const due = Form.useWatch('dueDate', form) as Dayjs | undefined;
  async function lay() {
    if (!ledgerId || !start || !due) return;
    const template = await api.get<TemplateOut>(`/api/ledgers/${ledgerId}/template`);
    const have = new Set(
      ((form.getFieldValue('milestones') ?? []) as { title?: string }[]).map((m) => m.title),
    );
    for (const m of layMilestonesBackwards(template.milestones, {
      startDate: start.format('YYYY-MM-DD'),
      dueDate: due.format('YYYY-MM-DD'),
    }))
      if (!have.has(m.title)) add({ title: m.title, plannedDate: dayjs(m.plannedDate) });
  }
  return (
    <Button
      icon={<ScheduleOutlined />}
      disabled={!ledgerId || !start || !due}
      onClick={lay}
      data-testid="lay-backwards"
    >
      {t('form.layBackwards')}
    </Button>
  );
}

/** 路线图节点: what is to be done by when, and when it was done (`withDone`: false in an adjustment, which re-plans only). */
export function MilestonesField({ withDone = true }: { withDone?: boolean } = {}) {
  const t = useT();
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <div data-testid="milestones-field">
          {fields.map(({ key, name }) => (
            <Row gutter={8} key={key} data-testid="milestone-row">
              <Col xs={24} md={withDone ? 12 : 14}>
                <Form.Item name={[name, 'title']} label={t('items.milestoneTitle')} required>
                  <Input maxLength={200} data-testid="milestone-title" />
                </Form.Item>
              </Col>
              <Col xs={withDone ? 10 : 20} md={withDone ? 5 : 8}>
                <Form.Item name={[name, 'plannedDate']} label={t('items.plannedDate')} required>
                  <DatePicker style={{ width: '100%' }} data-testid="milestone-planned" />
                </Form.Item>
              </Col>
              {withDone && (
                <Col xs={10} md={5}>
                  <Form.Item name={[name, 'doneDate']} label={t('items.doneDate')}>
                    <DatePicker style={{ width: '100%' }} data-testid="milestone-done" />
                  </Form.Item>
                </Col>
              )}
              <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(name)}
                  aria-label={t('common.remove')}
                />
              </Col>
            </Row>
          ))}
          <Space wrap>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="add-milestone">
              {t('form.addMilestone')}
            </Button>
            <BackwardsButton add={add} />
          </Space>
        </div>
      )}
    </Form.List>
  );
}
