import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requestLang } from './lang.js';

const withHeader = (value: string | string[] | undefined) =>
  ({ headers: value === undefined ? {} : { 'accept-language': value } }) as unknown as FastifyRequest;

describe('requestLang', () => {
  it.each<[string | string[] | undefined, 'zh' | 'en']>([
    [undefined, 'zh'],
    ['', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['  en-GB,en;q=0.9', 'en'],
    // Only the first preference counts, and only a whole "en" tag.
    ['zh-TW,en;q=0.9', 'zh'],
    ['eng', 'zh'],
    ['fr-FR', 'zh'],
    [['en', 'zh'], 'zh'],
  ])('Accept-Language %j → %s', (header, lang) => {
    expect(requestLang(withHeader(header))).toBe(lang);
  });
});
