import { type Command, InvalidArgumentError } from 'commander';

/** `--port 8080` as a number, refused in words when it is not a port. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 1 to 65535');
  return n;
}

export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'build the web app if missing, migrate, load the demo district into an empty database, and serve',
    )
    .option('--no-demo', 'never load the demo district (an office installation; the same as DUCHA_DEMO=off)')
    .option('-p, --port <port>', 'HTTP port (overrides DUCHA_PORT)', parsePort)
    .action(async (opts: { demo: boolean; port?: number }) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { serve } = await import('../main.js');
      const config = { ...loadConfig(), ...(opts.port ? { port: opts.port } : {}) };
      const { ensureWebBuilt } = await import('../web-build.js');
      ensureWebBuilt();
      await serve(config, {
        afterMigrate: async (handle) => {
          const { isEmpty, loadDemo } = await import('../tools/demo/demo.loader.js');
          const load = opts.demo && config.demo !== 'off' && (await isEmpty(handle));
          if (load) {
            console.log('First start: loading the demo district (about 40 units, 13 ledgers, 150+ items)…');
            const { createServices } = await import('../platform/services.js');
            await loadDemo(handle, {
              password: config.demoPassword,
              print: true,
              progress: true,
              services: createServices(config, handle),
            });
          }
          const { announceDemo } = await import('../tools/demo/demo.announce.js');
          // The logins were just printed with the load; a later start prints them again.
          await announceDemo(handle, { fromEnv: !!config.demoPassword, printLogins: !load });
        },
      });
    });
}
