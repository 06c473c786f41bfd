import { describe, expect, it } from 'vitest';
import { checkDestination, DEFAULT_OUTBOUND_ALLOW, isPublicAddress, parseAllowList } from './outbound.js';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['203.119.129.1', true],
    ['2001:4860:4860::8888', true],
    ['127.0.0.1', false],
    ['127.5.6.7', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fc00::1', false],
    ['fd12:3456::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['[::ffff:7f00:1]', false],
    ['::ffff:8.8.8.8', true],
    ['not-an-address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('parseAllowList', () => {
  it('takes names, suffixes, addresses and CIDRs and names each bad entry', () => {
    const { errors } = parseAllowList(
      ' smtp.office.gov.cn, *.example.com ,10.0.0.0/8,127.0.0.1,::1,,fd00::/8',
    );
    expect(errors).toEqual([]);
    expect(parseAllowList('good.cn,bad host,*.,10.0.0.0/99,http://x.cn,127.1').errors).toEqual([
      'bad host',
      '*.',
      '10.0.0.0/99',
      'http://x.cn',
      '127.1',
    ]);
    expect(parseAllowList(DEFAULT_OUTBOUND_ALLOW).errors).toEqual([]);
  });
});

describe('checkDestination', () => {
  const { list } = parseAllowList(
    'oapi.dingtalk.com,*.example.com,mail.office.local,10.9.0.0/16,127.0.0.1,::ffff:192.168.7.7',
  );
  it.each<[string, string[], string]>([
    ['oapi.dingtalk.com', ['203.119.129.1'], 'ok'],
    ['OAPI.DingTalk.com.', ['203.119.129.1'], 'ok'],
    ['evil.dingtalk.com', ['203.119.129.1'], 'not_listed'],
    ['hooks.example.com', ['93.184.216.34'], 'ok'],
    ['example.com', ['93.184.216.34'], 'ok'],
    ['notexample.com', ['93.184.216.34'], 'not_listed'],
    // A suffix never reaches an internal address (DNS rebinding), unless the address itself is listed.
    ['hooks.example.com', ['93.184.216.34', '10.0.0.5'], 'internal_address'],
    ['hooks.example.com', ['10.9.3.4'], 'ok'],
    ['hooks.example.com', ['::ffff:10.0.0.5'], 'internal_address'],
    ['hooks.example.com', ['::1'], 'internal_address'],
    // The office names its own server exactly: its internal address is accepted.
    ['mail.office.local', ['10.200.0.25'], 'ok'],
    ['127.0.0.1', ['127.0.0.1'], 'ok'],
    ['127.0.0.2', ['127.0.0.2'], 'not_listed'],
    ['[::1]', ['::1'], 'not_listed'],
    ['[::ffff:127.0.0.1]', ['127.0.0.1'], 'ok'],
    ['192.168.7.7', ['192.168.7.7'], 'ok'],
    ['10.9.1.1', ['10.9.1.1'], 'ok'],
    ['169.254.169.254', ['169.254.169.254'], 'not_listed'],
    ['8.8.8.8', ['8.8.8.8'], 'not_listed'],
    ['oapi.dingtalk.com', [], 'unresolved'],
  ])('%s resolving to %j → %s', (host, addresses, expected) => {
    const v = checkDestination(list, host, addresses);
    expect(v.ok ? 'ok' : v.reason).toBe(expected);
  });

  it('allows nothing with an empty list', () => {
    const v = checkDestination(parseAllowList('').list, 'oapi.dingtalk.com', ['203.119.129.1']);
    expect(v).toEqual({ ok: false, reason: 'not_listed' });
  });
});
