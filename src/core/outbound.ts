import ipaddr from 'ipaddr.js';

/**
 * The outbound allowlist (SECURITY.md OUT-1): where Ducha may send mail and
 * robot messages. Entries are host names (`smtp.office.gov.cn`), suffixes
 * (`*.example.com`, the domain itself and any name below it), IP addresses and
 * CIDRs. A destination must be on the list; and every address its name
 * resolves to must be public unless that address is on the list by IP/CIDR,
 * or the host is listed by its exact name — a `*.` suffix never lets a name
 * reach an internal address, so a rebinding DNS answer cannot turn a public
 * robot name into a way into the office network.
 */
export interface AllowList {
  names: Set<string>;
  suffixes: string[];
  nets: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** The public robot hosts of DingTalk, WeCom, Feishu and Lark; SMTP servers must be listed by the office. */
export const DEFAULT_OUTBOUND_ALLOW =
  'oapi.dingtalk.com,qyapi.weixin.qq.com,open.feishu.cn,open.larksuite.com';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A host name as compared: lower case, without a final dot or IPv6 brackets. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** A DNS name; a last label of digits only ("127.1", "0x7f.1" aside) is an address form, not a name. */
const isName = (h: string) =>
  h.length <= 253 &&
  h.split('.').every((l) => LABEL.test(l)) &&
  !/^(\d+|0x[0-9a-f]*)$/.test(h.split('.').pop() ?? '');

function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!ipaddr.isValid(text)) return null;
  // ipaddr also takes "0x7f.1"-style IPv4; only the usual dotted and IPv6 forms count as addresses here.
  if (!text.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(text)) return null;
  return ipaddr.process(text);
}

/** Parses the comma-separated list; `errors` names each entry that is none of the four forms. */
export function parseAllowList(text: string): { list: AllowList; errors: string[] } {
  const list: AllowList = { names: new Set(), suffixes: [], nets: [] };
  const errors: string[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry.includes('/')) {
      try {
        const [addr, bits] = ipaddr.parseCIDR(entry);
        // An IPv4-mapped IPv6 network is kept as the IPv4 one, the form resolved addresses are compared in.
        if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
          list.nets.push([(addr as ipaddr.IPv6).toIPv4Address(), bits - 96]);
        else list.nets.push([addr, bits]);
      } catch {
        errors.push(entry);
      }
      continue;
    }
    const addr = parseAddress(normalizeHost(entry));
    if (addr) {
      list.nets.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
      continue;
    }
    const h = normalizeHost(entry);
    if (h.startsWith('*.') && isName(h.slice(2))) list.suffixes.push(h.slice(2));
    else if (isName(h)) list.names.add(h);
    else errors.push(entry);
  }
  return { list, errors };
}

/** Whether an address is an ordinary public one: not private, loopback, link-local, unique-local, multicast, unspecified or reserved. */
export function isPublicAddress(address: string): boolean {
  const a = parseAddress(normalizeHost(address));
  // ipaddr's "unicast" is what is left after every special-purpose range (RFC 6890 and later).
  return !!a && a.range() === 'unicast';
}

function addressListed(list: AllowList, address: string): boolean {
  const a = parseAddress(normalizeHost(address));
  return !!a && list.nets.some(([net, bits]) => net.kind() === a.kind() && a.match(net, bits));
}

/** How a host is on the list: by its exact name, a suffix, as a listed address, or not at all. */
export function hostListed(list: AllowList, host: string): 'name' | 'suffix' | 'address' | null {
  const h = normalizeHost(host);
  if (parseAddress(h)) return addressListed(list, h) ? 'address' : null;
  if (list.names.has(h)) return 'name';
  if (list.suffixes.some((s) => h === s || h.endsWith(`.${s}`))) return 'suffix';
  return null;
}

export type OutboundVerdict =
  | { ok: true }
  | { ok: false; reason: 'not_listed' | 'unresolved' }
  | { ok: false; reason: 'internal_address'; address: string };

/** The rule: the host is listed, and each address it resolved to is public or allowed on its own. */
export function checkDestination(
  list: AllowList,
  host: string,
  addresses: readonly string[],
): OutboundVerdict {
  const how = hostListed(list, host);
  if (!how) return { ok: false, reason: 'not_listed' };
  if (addresses.length === 0) return { ok: false, reason: 'unresolved' };
  for (const address of addresses) {
    if (isPublicAddress(address) || addressListed(list, address) || how === 'name') continue;
    return { ok: false, reason: 'internal_address', address };
  }
  return { ok: true };
}
