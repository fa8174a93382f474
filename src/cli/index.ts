#!/usr/bin/env node
// The `toolchain-cache` command: main.ts dispatches to commands/ (one file each); this only runs it.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
