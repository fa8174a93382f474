import * as core from './runner-commands.js';
import type { Logger } from '../core/types.js';

/** The core's logger, on the runner's log. */
export const actionsLogger: Logger = { info: core.info, warning: core.warning, debug: core.debug };
