/** Where a client's evidence records, exceptions and decisions live under the content root. */

/** Evidence records: `clients/<id>/evidence/<yyyy>/<slug>.yaml` or `.mdx`. */
export const RECORD_PATTERN = 'clients/*/evidence/[0-9][0-9][0-9][0-9]/*.{yaml,mdx}';
/** Accepted risks of a client. */
export const EXCEPTIONS_PATTERN = 'clients/*/exceptions.yaml';
/** Not-applicable and HIPAA addressable decisions of a client. */
export const DECISIONS_PATTERN = 'clients/*/decisions.yaml';

/** Annual reports to the board: `clients/<id>/board/<yyyy>.yaml`. */
export const BOARD_PATTERN = 'clients/*/board/*.yaml';

/** Every file the assurance reader owns, so the generic reader does not call them ignored. */
export const ASSURANCE_PATTERNS: readonly string[] = [
  'clients/*/evidence/**',
  EXCEPTIONS_PATTERN,
  DECISIONS_PATTERN,
  BOARD_PATTERN,
];
