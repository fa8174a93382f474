// Every CLI command by name, in the order `--help` lists them. A new command is a file in this
// directory exporting a Command, named here.
import type { Command } from '../context.js';
import { gc } from './gc.js';
import { list } from './list.js';
import { lock } from './lock.js';
import { remove } from './remove.js';
import { repair } from './repair.js';
import { stats } from './stats.js';
import { verify } from './verify.js';

export const COMMANDS: Readonly<Record<string, Command>> = {
  list,
  stats,
  gc,
  verify,
  remove,
  repair,
  lock,
};
