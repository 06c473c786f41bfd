#!/usr/bin/env node
// The `ducha` command. The server runs from its TypeScript sources through tsx,
// so there is no server build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli/index.ts');
