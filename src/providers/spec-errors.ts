// Errors about the `remote` input: each names the input and the item, and says what would work.
import { InputError } from '../core/errors.js';

export const REMOTE_INPUT = 'remote';

export const invalidItem = (item: string, why: string): InputError =>
  new InputError(`Input "${REMOTE_INPUT}": tier "${item}" is invalid: ${why}.`, REMOTE_INPUT);
