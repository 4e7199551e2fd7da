/**
 * An unexpected failure while reading or checking one file. It carries the file so the
 * CLI can print one line that says where it happened, never a bare stack trace.
 */
export class ContentCrash extends Error {
  /** The file being processed, relative to the content root. */
  readonly file: string;
  override readonly cause: unknown;

  constructor(file: string, cause: unknown) {
    super(`while processing ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ContentCrash';
    this.file = file;
    this.cause = cause;
  }
}

/** Runs `work` for `file`; any exception it throws becomes a `ContentCrash` naming the file. */
export function guard<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof ContentCrash) throw err;
    throw new ContentCrash(file, err);
  }
}
