import { expect } from 'vitest';
import type { ItemOut } from '../../core/schemas/item.js';
import type { Client } from './world.js';

/**
 * The ids an item search answers for `client`, in the order given; the search
 * tests compare rankings, so a page must hold every match (total = items).
 */
export async function searchItemIds(client: Client, text: string, extra = ''): Promise<string[]> {
  const res = await client.get(`/api/items?q=${encodeURIComponent(text)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  const page = res.json<{ items: ItemOut[]; total: number }>();
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => i.id);
}
