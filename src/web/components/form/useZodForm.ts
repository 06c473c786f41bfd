import { Form, type FormInstance } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../backend/client.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { type FieldError, issuesToFields, parseFieldPath } from './zodIssues.js';

/**
 * An antd form validated by a core zod schema — the same rules the server
 * applies — with the server's own field errors shown on the fields too.
 */
export function useZodForm<V extends object>() {
  const [form] = Form.useForm<V>();
  // Field paths are checked by the schema, not by antd's typed names.
  const untyped = form as FormInstance;
  const t = useT();
  const message = useToast();
  /** An error that belongs to no field (stale version, forbidden, …), shown above the form. */
  const [formError, setFormError] = useState<ApiError | null>(null);

  /** Checks `input` with `schema`; marks the fields and returns null when it fails. */
  function validate<S extends z.ZodType>(
    schema: S,
    input: unknown,
    extra: FieldError[] = [],
  ): z.output<S> | null {
    clearErrors(untyped);
    setFormError(null);
    const result = schema.safeParse(input, { reportInput: true });
    const fields = [...(result.success ? [] : issuesToFields(result.error.issues, t)), ...extra];
    if (fields.length) {
      untyped.setFields(fields);
      void untyped.scrollToField(fields[0]!.name, { block: 'center' });
      message.error({ content: t('common.fixErrors'), key: 'form-errors' });
      return null;
    }
    return result.success ? result.data : null;
  }

  /** Puts a failed save on the form: field errors on their fields, the rest above the form. */
  function showServerError(error: unknown) {
    if (!(error instanceof ApiError)) {
      setFormError(new ApiError(0, 'internal', String(error)));
      return;
    }
    const fields = error.details
      .filter((d) => d.field)
      .map((d) => ({ name: parseFieldPath(d.field!), errors: [d.message] }));
    if (fields.length) {
      untyped.setFields(fields);
      void untyped.scrollToField(fields[0]!.name, { block: 'center' });
    }
    setFormError(error);
    message.error({ content: error.message, key: 'form-errors' });
  }

  /** antd clears errors only for its own rules; clear ours as soon as the user edits the field. */
  function onFieldsChange(changed: { name: (string | number)[]; errors?: string[] }[]) {
    const stale = changed.filter((f) => f.errors?.length);
    if (stale.length) untyped.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
  }

  return { form, validate, showServerError, formError, setFormError, onFieldsChange };
}

function clearErrors(form: FormInstance) {
  form.setFields(
    form
      .getFieldsError()
      .filter((f) => f.errors.length)
      .map((f) => ({ name: f.name, errors: [] })),
  );
}
