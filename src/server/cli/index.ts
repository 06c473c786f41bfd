import { buildProgram } from './program.js';

/** The `ducha` command: bin/ducha.js runs this (compiled ahead, or from the sources in development). */
await buildProgram().parseAsync(process.argv);
