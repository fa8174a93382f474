#!/usr/bin/env node
// The `toolchain-cache` command. Everything lives in commands.ts; this only runs it.
import { main } from './commands.js';

process.exitCode = await main(process.argv.slice(2));
