import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { dutyConflict, grantableRoles, keeperOf } from '../../../core/duties.js';
import { ROLES, type Role } from '../../../core/enums.js';
import { ROLE_LABELS } from '../../../core/labels.js';
import { UserInput, UserUpdate } from '../../../core/schemas/user.js';
import { api } from '../../backend/client.js';
import { useLedgers, useMe } from '../../backend/queries.js';
import type { UserOut } from '../../backend/types.js';
import { FormDrawer } from '../../components/form/FormDrawer.js';
import { useZodForm } from '../../components/form/useZodForm.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/UnitSelect.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';

interface Values {
  username?: string;
  password?: string;
  displayName?: string;
  title?: string;
  unitId?: string | null;
  roles?: Role[];
  phone?: string;
  email?: string;
  ledgerIds?: string[];
  active?: boolean;
}

export function UserFormDrawer({
  open,
  user,
  onClose,
}: {
  open: boolean;
  user?: UserOut;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const L = useLabel();
  const message = useToast();
  const queryClient = useQueryClient();
  const ledgers = useLedgers();
  const { form, validate, showServerError, formError, setFormError, onFieldsChange } = useZodForm<Values>();
  const locked = !!user?.lockedUntil && user.lockedUntil > new Date().toISOString();
  // Separation of duties (core/duties.ts): offer only the roles this admin may give, none that would
  // sit badly with those chosen, and leave an account's guarded fields to the admin who keeps it.
  const myRoles = useMe().data?.roles ?? [];
  const chosen: Role[] = Form.useWatch('roles', form) ?? [];
  const grantable = grantableRoles(myRoles);
  const guarded = !!user && !myRoles.includes(keeperOf(user.roles, user.roles));

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      user
        ? { ...user, title: user.title ?? '', phone: user.phone ?? '', email: user.email ?? '', password: '' }
        : { roles: [], ledgerIds: [], active: true, unitId: null },
    );
  }, [open, user, form, setFormError]);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      user ? api.patch<UserOut>(`/api/users/${user.id}`, body) : api.post<UserOut>('/api/users', body),
    onSuccess: () => {
      message.success(user ? t('common.saved') : t('common.created'));
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: showServerError,
  });

  function submit(extra: { unlock?: boolean } = {}) {
    const v = form.getFieldsValue(true) as Values;
    const fields = {
      displayName: v.displayName ?? '',
      title: v.title || null,
      unitId: v.unitId ?? null,
      roles: v.roles ?? [],
      phone: v.phone || null,
      email: v.email || null,
      ledgerIds: v.ledgerIds ?? [],
    };
    const body = user
      ? validate(UserUpdate, {
          ...fields,
          // Fields this admin does not keep are not sent: the server would refuse them.
          roles: guarded ? undefined : fields.roles,
          active: guarded ? undefined : v.active,
          password: v.password && !guarded ? v.password : undefined,
          ...extra,
          version: user.version,
        })
      : validate(UserInput, { ...fields, username: v.username ?? '', password: v.password ?? '' });
    if (body) save.mutate(body);
  }

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={user ? t('users.edit') : t('users.new')}
      width={520}
      saving={save.isPending}
      onSave={() => submit()}
      saveTestId="user-save"
      error={formError}
    >
      {locked && user && (
        <Alert
          type="warning"
          showIcon
          title={`${t('users.locked')} → ${fmtInstant(user.lockedUntil, lang)}`}
          action={
            <Button size="small" onClick={() => submit({ unlock: true })}>
              {t('users.unlock')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        onFieldsChange={onFieldsChange}
        layout="vertical"
        onFinish={() => submit()}
        data-testid="user-form"
      >
        <Form.Item name="username" label={t('users.username')} required={!user}>
          <Input maxLength={32} disabled={!!user} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('users.newPassword') : t('users.password')}
          required={!user}
          extra={user ? t('users.newPasswordHint') : undefined}
        >
          <Input.Password
            maxLength={128}
            autoComplete="new-password"
            disabled={guarded}
            data-testid="user-password"
          />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required>
          <Input maxLength={40} data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="title" label={t('users.title2')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.unit')}>
          <UnitSelect allowClear data-testid="user-unit" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          extra={guarded ? t('users.keptBySecadmin') : t('users.dutiesHint')}
        >
          <Select
            mode="multiple"
            disabled={guarded}
            options={ROLES.map((r) => ({
              value: r,
              label: L(ROLE_LABELS, r),
              disabled:
                !chosen.includes(r) &&
                (!grantable.includes(r) ||
                  dutyConflict([...chosen, r]) !== null ||
                  !myRoles.includes(keeperOf(user ? user.roles : null, [...chosen, r]))),
            }))}
            data-testid="user-roles"
          />
        </Form.Item>
        <Form.Item name="ledgerIds" label={t('users.ledgers')} extra={t('users.ledgersHint')}>
          <Select
            mode="multiple"
            allowClear
            options={(ledgers.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="phone" label={t('users.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')}>
          <Input maxLength={120} />
        </Form.Item>
        {user && (
          <Form.Item name="active" label={t('users.active')} valuePropName="checked">
            <Switch disabled={guarded} />
          </Form.Item>
        )}
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
