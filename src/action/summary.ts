// The job summary: what came from where, how long it took, how big it is.
import * as core from '@actions/core';
import { formatBytes, type ResolvedToolchain } from '../core/installer.js';

export interface SummaryInput {
  results: ResolvedToolchain[];
  mainError?: string;
}

const seconds = (ms: number): string => (ms ? `${(ms / 1000).toFixed(1)} s` : '–');

export async function writeJobSummary(input: SummaryInput): Promise<void> {
  const s = core.summary.addHeading('toolchain-cache', 3);
  if (input.mainError) s.addRaw(`The main step failed: ${input.mainError}`, true);
  if (input.results.length) {
    s.addTable([
      [
        { data: 'Toolchain', header: true },
        { data: 'Source', header: true },
        { data: 'Wait', header: true },
        { data: 'Install', header: true },
        { data: 'Size', header: true },
      ],
      ...input.results.map((r) => [r.id, r.source, seconds(r.waitMs), seconds(r.installMs), formatBytes(r.sizeBytes)]),
    ]);
  }
  await s.write();
}
