#!/usr/bin/env node
// The `spike` command. Compiled by `npm run build` (run by `npm ci` through the root prepare script).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv);
