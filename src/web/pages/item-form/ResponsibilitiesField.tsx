import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Select } from 'antd';
import { RESPONSIBILITY_ROLES } from '../../../core/enums.js';
import { RESPONSIBILITY_ROLE_LABELS } from '../../../core/labels.js';
import { type KnownPerson, PersonSelect } from '../../components/PersonSelect.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

/** One unit's row: its role and the three people of the chain (主管领导 · 分管副职 · 具体责任人). */
function ResponsibilityRow({
  name,
  disabled,
  known,
  onRemove,
}: {
  name: number;
  disabled: boolean;
  known: KnownPerson[];
  onRemove: () => void;
}) {
  const t = useT();
  const L = useLabel();
  const form = Form.useFormInstance();
  const unitId = Form.useWatch(['responsibilities', name, 'unitId'], form) as string | undefined;
  return (
    <div
      style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px 0', marginBottom: 12 }}
      data-testid="responsibility-row"
    >
      <Row gutter={8}>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'unitId']} label={t('items.unit')} required>
            <UnitSelect disabled={disabled} data-testid="responsibility-unit" />
          </Form.Item>
        </Col>
        <Col xs={18} md={10}>
          <Form.Item name={[name, 'role']} label={t('items.role')} required>
            <Select
              disabled={disabled}
              options={RESPONSIBILITY_ROLES.map((r) => ({
                value: r,
                label: L(RESPONSIBILITY_ROLE_LABELS, r),
              }))}
              data-testid="responsibility-role"
            />
          </Form.Item>
        </Col>
        <Col xs={6} md={4} style={{ paddingTop: 30, textAlign: 'right' }}>
          {!disabled && (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={onRemove}
              aria-label={t('common.remove')}
            />
          )}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'leaderId']} label={t('items.leader')}>
            <PersonSelect
              disabled={disabled}
              unitId={unitId}
              known={known}
              prefer="leader"
              testId="responsibility-leader"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'deputyId']} label={t('items.deputy')}>
            <PersonSelect disabled={disabled} unitId={unitId} known={known} testId="responsibility-deputy" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'responsibleId']} label={t('items.responsible')}>
            <PersonSelect
              disabled={disabled}
              unitId={unitId}
              known={known}
              testId="responsibility-responsible"
            />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}

/** 责任分工: lead, undertaking and cooperating units with their chains of responsibility. */
export function ResponsibilitiesField({ disabled, known }: { disabled: boolean; known: KnownPerson[] }) {
  const t = useT();
  return (
    <Form.List name="responsibilities">
      {(fields, { add, remove }) => (
        <div data-testid="responsibilities-field">
          {fields.map(({ key, name }) => (
            <ResponsibilityRow
              key={key}
              name={name}
              disabled={disabled}
              known={known}
              onRemove={() => remove(name)}
            />
          ))}
          {!disabled && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ role: fields.length ? 'cooperating' : 'lead' })}
              data-testid="add-responsibility"
            >
              {t('form.addResponsibility')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
