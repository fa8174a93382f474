import * as core from '@actions/core';
import type { Logger } from '../core/types.js';

/** The core's logger, on the runner's log. */
export const actionsLogger: Logger = { info: core.info, warning: core.warning, debug: core.debug };
