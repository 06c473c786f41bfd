import type { FieldValues, TemplateField } from '../../../core/schemas/template.js';

/** A stable number from a title, so the demo's values are the same on every load. */
function seed(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

/**
 * Values of a demo ledger's template fields for one item, made up but
 * plausible and stable: 套数 in the hundreds, 面积 in 万平方米 with one decimal,
 * counts under 30; 开工 the start date, 封顶 the 封顶 milestone (or midway),
 * 交付 and other dates the due date; a choice picked by the title; free text
 * left empty (a list shows what is missing too).
 */
export function demoFieldValues(
  fields: readonly TemplateField[],
  item: {
    title: string;
    startDate: string;
    dueDate: string;
    milestones: { title: string; plannedDate: string }[];
  },
): FieldValues {
  const out: FieldValues = {};
  for (const f of fields) {
    const h = seed(`${item.title}/${f.key}`);
    if (f.type === 'number')
      out[f.key] =
        f.unit === '套'
          ? (h % 190) * 10 + 100
          : f.unit.startsWith('万')
            ? ((h % 90) + 10) / 10
            : (h % 30) + 1;
    else if (f.type === 'date') {
      const capped = item.milestones.find((m) => m.title.includes('封顶'))?.plannedDate;
      out[f.key] = /start/.test(f.key) ? item.startDate : /cap/.test(f.key) && capped ? capped : item.dueDate;
    } else if (f.type === 'choice' && f.choices.length) out[f.key] = f.choices[h % f.choices.length];
  }
  return out;
}
