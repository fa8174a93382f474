// Placeholder until the python/temurin vendor modules land (issue 20, written in parallel): the
// registry imports this file, so it must exist; every use says it is not there yet.
import { ToolchainCacheError } from '../core/errors.js';
import type { Vendor } from './types.js';

const notYet = (): never => {
  throw new ToolchainCacheError('NOT_FOUND', 'The temurin vendor is not yet implemented.');
};

export const temurin: Vendor = {
  name: 'temurin',
  bases: [],
  platforms: [],
  resolve: async () => notYet(),
  layout: () => notYet(),
};
