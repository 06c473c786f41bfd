import { describe, expect, it } from 'vitest';
import { insertOrder, parentsFirst } from './order.js';

describe('insertOrder', () => {
  it('puts every table after the tables it points at, alphabetically where free', () => {
    const edges = [
      { table: 'items', column: 'ledger_id', references: 'ledgers' },
      { table: 'responsibilities', column: 'item_id', references: 'items' },
      { table: 'responsibilities', column: 'unit_id', references: 'units' },
      { table: 'units', column: 'parent_id', references: 'units' },
    ];
    expect(insertOrder(['responsibilities', 'units', 'items', 'ledgers', 'audit_log'], edges)).toEqual([
      'audit_log',
      'ledgers',
      'items',
      'units',
      'responsibilities',
    ]);
  });

  it('names the tables of a cycle', () => {
    const edges = [
      { table: 'a', column: 'b_id', references: 'b' },
      { table: 'b', column: 'a_id', references: 'a' },
    ];
    expect(() => insertOrder(['a', 'b', 'c'], edges)).toThrow('the foreign keys of a, b form a cycle');
  });
});

describe('parentsFirst', () => {
  it('moves each parent before its children, however deep, and keeps the rest in place', () => {
    const rows = [
      { id: 'c', parent_id: 'b' },
      { id: 'x', parent_id: null },
      { id: 'b', parent_id: 'a' },
      { id: 'a', parent_id: null },
      { id: 'orphan', parent_id: 'gone' },
    ];
    expect(parentsFirst(rows, 'id', 'parent_id').map((r) => r.id)).toEqual(['a', 'b', 'c', 'x', 'orphan']);
  });

  it('ends on a cycle instead of looping', () => {
    const rows = [
      { id: 'a', parent_id: 'b' },
      { id: 'b', parent_id: 'a' },
    ];
    expect(
      parentsFirst(rows, 'id', 'parent_id')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});
