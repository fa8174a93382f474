// Every CLI command by name, in the order `--help` lists them. A new command is a file in this
// directory exporting a Command, named here.
import type { Command } from '../context.js';
import { doctor } from './doctor.js';
import { gc } from './gc.js';
import { list } from './list.js';
import { lock } from './lock.js';
import { metrics } from './metrics.js';
import { prefetch } from './prefetch.js';
import { remove } from './remove.js';
import { repair } from './repair.js';
import { stats } from './stats.js';
import { verify } from './verify.js';

export const COMMANDS: Readonly<Record<string, Command>> = {
  list,
  stats,
  metrics,
  gc,
  verify,
  remove,
  repair,
  prefetch,
  doctor,
  lock,
};
