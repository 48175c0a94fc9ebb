/** @spike/cli: the `spike` command (bin/spike.js → main). */
export { buildProgram, main } from './main.js';
