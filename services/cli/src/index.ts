/** @spike/cli: the `spike` command (bin/spike.js → main) and the workers it runs. */
export { buildProgram, main } from './main.js';
export { authorKey, complaintKey, complaintsOf, createClassifierWorker, invalidPostReason } from './workers/classifier-worker.js';
