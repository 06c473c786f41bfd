import type { FastifyPluginAsync } from 'fastify';

/**
 * Marks a plugin so that Fastify runs it in the registering scope instead of a
 * child one: its hooks and decorators then apply to the whole app. This is
 * what fastify-plugin does, without taking a dependency for one symbol.
 */
export function appWide<T extends FastifyPluginAsync>(plugin: T): T {
  (plugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
  return plugin;
}
