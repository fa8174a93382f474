// The runner's workflow and file commands (inputs, outputs, state, PATH, env, log lines,
// annotations, groups, failure), written exactly as @actions/core 3 writes them: its entry module
// imports its HTTP client (undici, for OIDC) at the top, which a hit would pay for and never use
// (docs/design.md, "Start-up cost"). Node builtins only. test/runner-commands.test.ts runs the
// same calls through both and compares every byte. The job summary is ./step-summary.ts.
import { appendFileSync, existsSync, writeSync } from 'node:fs';
import { delimiter as PATH_DELIMITER } from 'node:path';
import { randomUuid } from '../core/random.js';
/** os.EOL, without loading node:os on a warm hit (src/core/platform/builtins.ts). */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';

export interface InputOptions {
  /** Throw when the input is empty or absent. */
  required?: boolean;
  /** Trim the value (the default); `false` returns it as given. */
  trimWhitespace?: boolean;
}

/** Where an annotation points; what the runner shows as its title. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The exit code `setFailed` leaves for when the step ends (core's ExitCode.Failure). */
const FAILURE_EXIT_CODE = 1;

type CommandProperties = Record<string, unknown>;

/** A value as the runner receives it: strings as they are, null/undefined empty, anything else JSON. */
export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

// The runner splits a command at its first `::` and its properties at `,` and `:`, and decodes
// these escapes; a message keeps its `::` (only the first one separates).
const escapeData = (s: unknown): string =>
  toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: unknown): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,…::message`: properties with an empty value are left out, but not the space. */
function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  let text = `::${command || 'missing.command'}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    text += ' ';
    text += keys
      .filter((key) => properties[key])
      .map((key) => `${key}=${escapeProperty(properties[key])}`)
      .join(',');
  }
  return `${text}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  writeStdout(formatCommand(command, properties, message) + EOL);
}

/**
 * The log, written to descriptor 1 directly: `process.stdout` on a pipe (how the runner reads a
 * step) loads Node's net and stream modules, which cost a warm hit more than its own work does
 * (docs/design.md, "Start-up cost"). Same bytes, same order: every line of the steps goes
 * through here. A pipe someone left non-blocking is waited on. Windows: `process.stdout`, which
 * knows its console.
 */
function writeStdout(text: string): void {
  if (process.platform === 'win32') {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  for (let off = 0; off < bytes.length;) {
    try {
      off += writeSync(1, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(PAUSE, 0, 0, 1); // the reader is behind: a millisecond
    }
  }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Appends one line to the file the runner named in GITHUB_<command>; the file must exist. */
function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `name<<delimiter`, the value, `delimiter`: any value, multi-line included, read back whole. */
function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUuid()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (converted.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

// ── Inputs and state ──────────────────────────────────────────────────────────────────────────

/** The input `name` (INPUT_<NAME>, spaces as `_`), trimmed unless told otherwise; '' when absent. */
export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

/** What the main step saved under `name`, in the post step (STATE_<name>, case kept). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** Saves `value` for the post step. */
export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', keyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

// ── Outputs, PATH, environment ────────────────────────────────────────────────────────────────

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValueMessage(name, value));
  writeStdout(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** Puts `dir` first on PATH, for this process now and for the job's next steps. */
export function addPath(dir: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', dir);
  else issueCommand('add-path', {}, dir);
  process.env.PATH = `${dir}${PATH_DELIMITER}${process.env.PATH}`;
}

/** Sets `name` for this process now and for the job's next steps. */
export function exportVariable(name: string, value: unknown): void {
  const converted = toCommandValue(value);
  process.env[name] = converted;
  if (process.env.GITHUB_ENV) return issueFileCommand('ENV', keyValueMessage(name, value));
  issueCommand('set-env', { name }, converted);
}

// ── The log ───────────────────────────────────────────────────────────────────────────────────

export function info(message: string): void {
  writeStdout(message + EOL);
}

/** Shown only when the run has step debugging on (RUNNER_DEBUG=1). */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

/** The runner's names for the annotation's place; all of them as soon as one is given. */
function annotationCommandProperties(properties: AnnotationProperties): CommandProperties {
  if (!Object.keys(properties).length) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

function annotate(kind: string, message: string | Error, properties: AnnotationProperties): void {
  const text = message instanceof Error ? message.toString() : message;
  issueCommand(kind, annotationCommandProperties(properties), text);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('error', message, properties);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('warning', message, properties);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('notice', message, properties);
}

/** Lines until `endGroup` fold under `name` in the log. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** `fn` inside a log group, closed however `fn` ends. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** An error annotation, and the step fails when the process exits. */
export function setFailed(message: string | Error): void {
  process.exitCode = FAILURE_EXIT_CODE;
  error(message);
}
