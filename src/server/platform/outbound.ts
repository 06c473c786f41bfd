import { lookup } from 'node:dns/promises';
import {
  type AllowList,
  checkDestination,
  DEFAULT_OUTBOUND_ALLOW,
  hostListed,
  normalizeHost,
  parseAllowList,
} from '../../core/outbound.js';

/** A send refused by the outbound allowlist: a failed delivery, not retried, audited. */
export class OutboundRefused extends Error {
  constructor(
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

type Resolve = (host: string) => Promise<CheckedAddress[]>;

const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/**
 * DUCHA_OUTBOUND_ALLOW applied: `listed` when the office saves an address,
 * `resolve` at send time — one DNS lookup, every address checked, and the
 * address to connect to returned, so that no second lookup can answer
 * differently (the senders connect to it and keep the name for Host and TLS).
 */
export class OutboundGuard {
  readonly list: AllowList;

  constructor(
    readonly allow: string = DEFAULT_OUTBOUND_ALLOW,
    private readonly resolver: Resolve = systemResolve,
  ) {
    const { list, errors } = parseAllowList(allow);
    if (errors.length)
      throw new Error(`DUCHA_OUTBOUND_ALLOW: not a host, *.suffix, address or CIDR: ${errors.join(', ')}`);
    this.list = list;
  }

  /** Whether a host may be saved as a destination (no DNS: the office may save before the name resolves). */
  listed(host: string): boolean {
    return hostListed(this.list, host) !== null;
  }

  /** The address to connect to for `host`, or OutboundRefused with the reason. */
  async resolve(hostIn: string): Promise<CheckedAddress> {
    const host = normalizeHost(hostIn);
    if (!this.listed(host))
      throw new OutboundRefused(host, `${host} is not on the outbound allowlist (DUCHA_OUTBOUND_ALLOW)`);
    let addresses: CheckedAddress[];
    try {
      addresses = await this.resolver(host);
    } catch (e) {
      // Not a refusal: DNS may come back; the delivery is retried.
      throw new Error(`could not resolve ${host}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const verdict = checkDestination(
      this.list,
      host,
      addresses.map((a) => a.address),
    );
    if (!verdict.ok) {
      if (verdict.reason === 'internal_address')
        throw new OutboundRefused(
          host,
          `${host} resolves to the internal address ${verdict.address}, which is not on the outbound allowlist (DUCHA_OUTBOUND_ALLOW)`,
        );
      throw new Error(`could not resolve ${host}`);
    }
    return addresses[0];
  }
}
