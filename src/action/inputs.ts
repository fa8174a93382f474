// Every input read and validated once, before anything touches the disk.
import * as core from '@actions/core';
import { resolveCacheRoot } from '../core/layout.js';
import {
  parseBoolean,
  parseSize,
  parseToolchains,
  parseWholeNumber,
  type ToolchainSpec,
} from '../core/spec.js';
import { Inputs } from './constants.js';

export interface ActionInputs {
  toolchains: ToolchainSpec[];
  /** Notes about the input that do not stop the step (unknown keys). */
  warnings: string[];
  cacheRoot: string;
  remoteCache: boolean;
  cleanup: boolean;
  maxUnusedDays: number;
  maxSizeBytes?: number;
  waitTimeoutSeconds: number;
  summary: boolean;
}

const input = (name: string): string => core.getInput(name);

/** The settings both steps share; the post step reads these without the toolchains list. */
export function readSettings(): Omit<ActionInputs, 'toolchains' | 'warnings'> {
  return {
    cacheRoot: resolveCacheRoot(input(Inputs.CacheRoot)),
    remoteCache: parseBoolean(input(Inputs.RemoteCache), Inputs.RemoteCache, true),
    cleanup: parseBoolean(input(Inputs.Cleanup), Inputs.Cleanup, true),
    maxUnusedDays: parseWholeNumber(input(Inputs.MaxUnusedDays), Inputs.MaxUnusedDays, 30),
    maxSizeBytes: parseSize(input(Inputs.MaxSize), Inputs.MaxSize),
    waitTimeoutSeconds: parseWholeNumber(input(Inputs.WaitTimeout), Inputs.WaitTimeout, 600, 1),
    summary: parseBoolean(input(Inputs.Summary), Inputs.Summary, true),
  };
}

export function readInputs(): ActionInputs {
  const { toolchains, warnings } = parseToolchains(input(Inputs.Toolchains));
  return { toolchains, warnings, ...readSettings() };
}
