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
    .option('--no-demo', 'do not load the demo district into an empty database')
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
          if (!opts.demo) return;
          const { isEmpty, loadDemo } = await import('../tools/demo/demo.loader.js');
          if (await isEmpty(handle)) {
            console.log('First start: loading the demo district (about 40 units, 13 ledgers, 150+ items)…');
            {
              const { createServices } = await import('../platform/services.js');
              await loadDemo(handle, {
                password: config.demoPassword,
                print: true,
                progress: true,
                services: createServices(config, handle),
              });
            }
            return;
          }
          // A later start tells the logins again: the first start's output is long gone.
          const { demoLoginLines, hasDemo } = await import('../tools/demo/demo.logins.js');
          if (await hasDemo(handle))
            for (const line of demoLoginLines({ fromEnv: !!config.demoPassword })) console.log(line);
        },
      });
    });
}
