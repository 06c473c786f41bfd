import { readDateCell } from '../../../core/date-words.js';
import type { FieldValues, TemplateField } from '../../../core/schemas/template.js';
import type { LocalizedDetail } from '../../errors.js';

/**
 * Checks values of a ledger's extra fields against its template and turns them
 * into the stored text: numbers as numbers, dates as YYYY-MM-DD, text trimmed,
 * a choice one of its choices. Empty values are dropped, a required field must
 * have one; values of retired fields are passed over (kept as stored); unknown
 * keys and bad values are reported.
 */
export function storedFieldValues(
  fields: readonly TemplateField[],
  values: FieldValues,
  year: number,
  retired: readonly TemplateField[] = [],
): { stored: Map<string, string>; problems: LocalizedDetail[] } {
  const stored = new Map<string, string>();
  const problems: LocalizedDetail[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const retiredKeys = new Set(retired.map((f) => f.key));
  for (const f of fields)
    if (f.required && (values[f.key] === undefined || values[f.key] === null || values[f.key] === ''))
      problems.push({ field: f.key, zh: `${f.label}：必填`, en: `${f.label}: required` });
  for (const [key, raw] of Object.entries(values)) {
    const field = byKey.get(key);
    if (!field && retiredKeys.has(key)) continue;
    if (!field) {
      problems.push({ field: key, zh: '台账模板中没有该字段', en: 'the ledger template has no such field' });
      continue;
    }
    if (raw === null || raw === '') continue;
    const text = fieldText(field, raw, year);
    if (text.ok) stored.set(key, text.value);
    else problems.push({ field: key, zh: `${field.label}：${text.zh}`, en: `${field.label}: ${text.en}` });
  }
  return { stored, problems };
}

type Checked = { ok: true; value: string } | { ok: false; zh: string; en: string };

/** One value of one field as stored text, or why it cannot be. */
export function fieldText(field: TemplateField, raw: string | number | Date, year: number): Checked {
  switch (field.type) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[,，\s]/g, ''));
      return Number.isFinite(n) && !(raw instanceof Date)
        ? { ok: true, value: String(n) }
        : { ok: false, zh: '应为数字', en: 'expected a number' };
    }
    case 'date': {
      const d = readDateCell(raw, year);
      return d.ok ? { ok: true, value: d.date } : { ok: false, zh: d.reason, en: 'expected a date' };
    }
    case 'choice': {
      const s = raw instanceof Date ? '' : String(raw).trim();
      return field.choices.includes(s)
        ? { ok: true, value: s }
        : {
            ok: false,
            zh: `“${s}”不是可选值（${field.choices.join('、')}）`,
            en: `“${s}” is not one of ${field.choices.join(', ')}`,
          };
    }
    case 'text': {
      const s = String(raw).trim();
      return s.length <= 500
        ? { ok: true, value: s }
        : { ok: false, zh: '超过500字', en: 'longer than 500 characters' };
    }
  }
}

/** Stored text back to the API's value: numbers as numbers. */
export function presentFieldValues(
  fields: readonly TemplateField[],
  stored: Map<string, string> | undefined,
): FieldValues {
  const out: FieldValues = {};
  for (const f of fields) {
    const v = stored?.get(f.key);
    if (v === undefined) continue;
    out[f.key] = f.type === 'number' ? Number(v) : v;
  }
  return out;
}
