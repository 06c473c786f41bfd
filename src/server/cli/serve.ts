import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { serve } from '../main.js';

export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'build the web app if missing, migrate, load the demo district into an empty database, and serve',
    )
    .option('--no-demo', 'do not load the demo district into an empty database')
    .action(async (opts: { demo: boolean }) => {
      const config = loadConfig();
      const { ensureWebBuilt } = await import('../web-build.js');
      await ensureWebBuilt();
      await serve(config, {
        afterMigrate: async (handle) => {
          if (!opts.demo) return;
          const { isEmpty, loadDemo } = await import('../tools/demo/demo.loader.js');
          if (await isEmpty(handle)) await loadDemo(handle, { password: config.demoPassword, print: true });
        },
      });
    });
}
