import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row } from 'antd';
import { useT } from '../../i18n/I18nProvider.js';

/** 量化指标 rows of the task book: name, unit of measure, target and baseline. */
export function TargetsField({ disabled }: { disabled: boolean }) {
  const t = useT();
  return (
    <Form.List name="targets">
      {(fields, { add, remove }) => (
        <div data-testid="targets-field">
          {fields.map(({ key, name }) => (
            <Row gutter={8} key={key} align="top" data-testid="target-row">
              <Col xs={24} sm={8}>
                <Form.Item name={[name, 'name']} label={t('items.targetName')} required>
                  <Input maxLength={60} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={8} sm={4}>
                <Form.Item name={[name, 'unit']} label={t('items.targetUnit')} required>
                  <Input maxLength={20} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={8} sm={5}>
                <Form.Item name={[name, 'targetValue']} label={t('items.targetValue')} required>
                  <InputNumber style={{ width: '100%' }} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={8} sm={5}>
                <Form.Item name={[name, 'baselineValue']} label={t('items.baselineValue')}>
                  <InputNumber style={{ width: '100%' }} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={2} style={{ paddingTop: 30 }}>
                {!disabled && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(name)}
                    aria-label={t('common.remove')}
                  />
                )}
              </Col>
            </Row>
          ))}
          {!disabled && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ baselineValue: 0 })}
              data-testid="add-target"
            >
              {t('form.addTarget')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
