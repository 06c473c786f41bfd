/**
 * Entry of the balancer child process of the scale-out bench: the balancer
 * of `ducha cluster` in a process of its own, as in production, so that its
 * work is not mixed with the load generator's in one event loop (and its CPU
 * time can be read from /proc). Configured by the environment the bench passes.
 */
import { createBalancer } from '../../platform/balancer.js';

const backends = (process.env.DUCHA_BALANCER_BACKENDS ?? '').split(',').filter(Boolean);
const port = Number(process.env.DUCHA_BALANCER_PORT);
const balancer = createBalancer({ backends });
balancer.server.listen(port, '127.0.0.1', () => {
  console.log(`Ducha bench balancer is serving on http://127.0.0.1:${port} for ${backends.join(', ')}`);
});
process.once('SIGTERM', () => {
  void balancer.close().finally(() => process.exit(0));
});
