import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row } from 'antd';
import { useT } from '../../i18n/I18nProvider.js';

/** 路线图节点: what is to be done by when, and when it was done. */
export function MilestonesField() {
  const t = useT();
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <div data-testid="milestones-field">
          {fields.map(({ key, name }) => (
            <Row gutter={8} key={key} data-testid="milestone-row">
              <Col xs={24} md={12}>
                <Form.Item name={[name, 'title']} label={t('items.milestoneTitle')} required>
                  <Input maxLength={200} data-testid="milestone-title" />
                </Form.Item>
              </Col>
              <Col xs={10} md={5}>
                <Form.Item name={[name, 'plannedDate']} label={t('items.plannedDate')} required>
                  <DatePicker style={{ width: '100%' }} data-testid="milestone-planned" />
                </Form.Item>
              </Col>
              <Col xs={10} md={5}>
                <Form.Item name={[name, 'doneDate']} label={t('items.doneDate')}>
                  <DatePicker style={{ width: '100%' }} data-testid="milestone-done" />
                </Form.Item>
              </Col>
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
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="add-milestone">
            {t('form.addMilestone')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
