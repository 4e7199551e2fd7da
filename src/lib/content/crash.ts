/**
 * An unexpected failure while reading or checking one file. It carries the file so the
 * CLI can print one line that says where it happened, never a bare stack trace.
 */
export class ContentCrash extends Error {
  /** The file being processed, relative to the content root. */
  readonly file: string;
  override readonly cause: unknown;

  constructor(file: string, cause: unknown) {
    super(`while processing ${file}: ${describeCause(cause)}`);
    this.name = 'ContentCrash';
    this.file = file;
    this.cause = cause;
  }
}

/**
 * What went wrong, without the error's own message: a parser's message may quote the
 * file, and the file may be a secret that landed in the content tree by mistake (CI logs
 * keep what the build prints). System errors keep their code, which quotes nothing.
 */
export function describeCause(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  const syscall = (cause as { syscall?: unknown } | null)?.syscall;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return `${code}${typeof syscall === 'string' ? ` (${syscall})` : ''}`;
  const name = cause instanceof Error ? cause.name : typeof cause;
  return `an unexpected ${name}; its message is not shown, since it may quote the file`;
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
