/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with `=`, `+`,
 * `-` or `@` (or a tab or carriage return) runs as a formula when the file is opened.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */

/** The start of a cell a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** `value` as a spreadsheet shows it as text: a leading apostrophe before a formula start. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
