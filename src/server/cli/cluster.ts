import type { Command } from 'commander';
import { parsePort } from './serve.js';

export function addClusterCommand(program: Command): void {
  program
    .command('cluster')
    .description(
      'PostgreSQL only: start N `serve` instances on ports P+1..P+N (127.0.0.1) and a load balancer on P; Ctrl-C stops all (docs/scale-out.md)',
    )
    .option('-n, --instances <n>', 'number of server instances', '2')
    .option('-p, --port <port>', "the balancer's port (overrides DUCHA_PORT)", parsePort)
    .option('--no-demo', 'never load the demo district into an empty database')
    .action(async (opts: { instances: string; port?: number; demo: boolean }) => {
      const { loadConfig } = await import('../config.js');
      const { startCluster } = await import('../tools/cluster/cluster.js');
      const config = loadConfig();
      const cluster = await startCluster({
        instances: Number(opts.instances),
        port: opts.port ?? config.port,
        config,
        serveArgs: opts.demo ? [] : ['--no-demo'],
      });
      console.log(
        `Ducha cluster: the balancer on ${cluster.url} in front of ${cluster.instances.map((i) => i.url).join(', ')}`,
      );
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${signal}: stopping the balancer and the instances`);
        void cluster.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
