import { describe, expect, it } from 'vitest';
import { fieldFilterParams, gatherFieldFilters, resolveFieldFilters } from './field-filters.js';
import { TemplateField } from './schemas/template.js';

const fields = [
  { key: 'units', label: '套数', type: 'number' },
  { key: 'capped', label: '封顶', type: 'date' },
  { key: 'area_name', label: '片区', type: 'text' },
  { key: 'kind', label: '性质', type: 'choice', choices: ['新建', '续建'] },
].map((f) => TemplateField.parse(f));

describe('gatherFieldFilters', () => {
  it.each([
    [{ a: '1' }, { a: '1' }],
    [
      { 'field.units': '5', page: '2' },
      { page: '2', fields: { units: { eq: '5' } } },
    ],
    [{ 'field.units.from': '1', 'field.units.to': '9' }, { fields: { units: { from: '1', to: '9' } } }],
    [{ 'field.units': ['1', '2'] }, { fields: { units: { eq: '2' } } }],
    // Not of the form field.<name>[.from|.to]: left for the schema to refuse.
    [{ 'field.units.max': '1' }, { 'field.units.max': '1' }],
  ])('%j → %j', (query, expected) => {
    expect(gatherFieldFilters(query)).toEqual(expected);
  });

  it('round-trips with fieldFilterParams', () => {
    const filters = { units: { from: '1', to: '9' }, kind: { eq: '新建' } };
    expect(gatherFieldFilters(Object.fromEntries(fieldFilterParams(filters)))).toEqual({ fields: filters });
  });
});

describe('resolveFieldFilters', () => {
  it.each([
    [{ units: { from: '100', to: '1,000' } }, [{ key: 'units', type: 'number', from: 100, to: 1000 }], []],
    [{ units: { eq: '5' } }, [{ key: 'units', type: 'number', eq: 5 }], []],
    [{ capped: { from: '2026-01-01' } }, [{ key: 'capped', type: 'date', from: '2026-01-01' }], []],
    [{ kind: { eq: '新建' } }, [{ key: 'kind', type: 'choice', eq: '新建' }], []],
    [{ area_name: { eq: '马寨' } }, [{ key: 'area_name', type: 'text', eq: '马寨' }], []],
    [{ nope: { eq: '1' } }, [], ['field.nope']],
    [{ units: { from: 'x' } }, [], ['field.units']],
    [{ units: { from: '9', to: '1' } }, [], ['field.units']],
    [{ capped: { to: '12月' } }, [], ['field.capped']],
    [{ capped: { from: '2026-12-01', to: '2026-01-01' } }, [], ['field.capped']],
    [{ area_name: { from: 'a' } }, [], ['field.area_name']],
    [{ kind: { eq: '拆除' } }, [], ['field.kind']],
    [{ units: {} }, [], []],
  ])('%j', (filters, expected, problemFields) => {
    const out = resolveFieldFilters(fields, filters);
    expect(
      out.filters.map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined))),
    ).toEqual(expected);
    expect(out.problems.map((p) => p.field)).toEqual(problemFields);
  });
});
