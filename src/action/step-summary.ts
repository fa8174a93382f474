// The step summary buffer and its file (GITHUB_STEP_SUMMARY), as @actions/core 3's `summary`
// builds and writes it, without loading @actions/core (see ./runner-commands.ts for why). Only
// what src/action/summary.ts uses; test/runner-commands.test.ts compares it with core's, byte
// for byte.
// Synchronous writes (the same bytes): a warm post then needs no thread pool at all.
import { accessSync, appendFileSync, constants, writeFileSync } from 'node:fs';
import { EOL } from './runner-commands.js';

const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';

export interface SummaryTableCell {
  data: string;
  header?: boolean;
  colspan?: string;
  rowspan?: string;
}

export type SummaryTableRow = Array<SummaryTableCell | string>;

export interface SummaryWriteOptions {
  /** Replace the file's content instead of appending to it. */
  overwrite?: boolean;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** `<tag attrs>content</tag>`, or only `<tag attrs>` when there is no content (as core does). */
function wrap(tag: string, content: string | null, attrs: Record<string, string> = {}): string {
  const htmlAttrs = Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
}

function tableCell(cell: SummaryTableCell | string): string {
  if (typeof cell === 'string') return wrap('td', cell);
  const { header, data, colspan, rowspan } = cell;
  return wrap(header ? 'th' : 'td', data, {
    ...(colspan && { colspan }),
    ...(rowspan && { rowspan }),
  });
}

export class StepSummary {
  private buffer = '';
  /** Core checks the file once and keeps writing to that path. */
  private filePath?: string;

  private async summaryFile(): Promise<string> {
    if (this.filePath) return this.filePath;
    const fromEnv = process.env[SUMMARY_ENV_VAR];
    if (!fromEnv) {
      throw new Error(
        `Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`,
      );
    }
    try {
      accessSync(fromEnv, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`,
      );
    }
    this.filePath = fromEnv;
    return fromEnv;
  }

  /** Appends the buffer to the summary file (or replaces the file), then empties the buffer. */
  async write(options?: SummaryWriteOptions): Promise<this> {
    const file = await this.summaryFile();
    (options?.overwrite ? writeFileSync : appendFileSync)(file, this.buffer, { encoding: 'utf8' });
    return this.emptyBuffer();
  }

  /** Empties the buffer and the summary file. */
  async clear(): Promise<this> {
    return this.emptyBuffer().write({ overwrite: true });
  }

  stringify(): string {
    return this.buffer;
  }

  isEmptyBuffer(): boolean {
    return this.buffer.length === 0;
  }

  emptyBuffer(): this {
    this.buffer = '';
    return this;
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }

  addEOL(): this {
    return this.addRaw(EOL);
  }

  /** An h1–h6 heading (anything else becomes h1). */
  addHeading(text: string, level?: number | string): this {
    const tag = `h${level}`;
    return this.addRaw(wrap(HEADING_TAGS.includes(tag) ? tag : 'h1', text)).addEOL();
  }

  addTable(rows: SummaryTableRow[]): this {
    const body = rows.map((row) => wrap('tr', row.map(tableCell).join(''))).join('');
    return this.addRaw(wrap('table', body)).addEOL();
  }
}

/** The step's summary, one per process like core's. */
export const summary = new StepSummary();
