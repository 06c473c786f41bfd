import { describe, expect, it } from 'vitest';
import { instanceTrust, startCluster } from './cluster.js';

describe('ducha cluster', () => {
  it('has the instances trust the balancer and the proxies the installation already trusts', () => {
    expect(instanceTrust(false)).toBe('127.0.0.1');
    expect(instanceTrust(['10.0.0.5', '10.1.0.0/16'])).toBe('127.0.0.1,10.0.0.5,10.1.0.0/16');
    expect(instanceTrust(true)).toBe('true');
  });

  it('refuses SQLite, whose database one process serves, before starting anything', async () => {
    await expect(
      startCluster({
        instances: 2,
        port: 3000,
        config: { database: { dialect: 'sqlite', file: '/tmp/x.db' }, host: '127.0.0.1', trustProxy: false },
      }),
    ).rejects.toThrow(/needs PostgreSQL/);
  });

  it('refuses an instance count that is not a positive whole number, or ports past 65535', async () => {
    const config = {
      database: { dialect: 'postgres' as const, url: 'postgres://x@127.0.0.1/none' },
      host: '127.0.0.1',
      trustProxy: false,
    };
    await expect(startCluster({ instances: 0, port: 3000, config })).rejects.toThrow(/positive whole number/);
    await expect(startCluster({ instances: 1.5, port: 3000, config })).rejects.toThrow(
      /positive whole number/,
    );
    await expect(startCluster({ instances: 2, port: 65534, config })).rejects.toThrow(/65535/);
  });
});
