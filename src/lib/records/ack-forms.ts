/**
 * Printed acknowledgement forms: a PDF of each document's form page, for clients that
 * sign on paper. A build prints them only when asked (`TANDEM_ACK_FORMS=pdf`), since
 * printing needs Chromium; the pages link the PDF only in such a build.
 */

/** Whether this build prints every acknowledgement form to PDF beside its page. */
export function ackFormPdfs(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TANDEM_ACK_FORMS?.trim() === 'pdf';
}

/** The form slug of a document key: `policy:x` → `policy-x`, `report:2026-10` → `report-2026-10`. */
export function ackFormSlug(key: string): string {
  return key.replace(':', '-');
}

/** The path of `client`'s acknowledgement form page for document `key`. */
export function ackFormPath(client: string, key: string): string {
  return `/clients/${client}/acknowledgements/${ackFormSlug(key)}/`;
}

/** The file name of the printed form, e.g. `alpha-bank-acknowledgement-matrix.pdf`. */
export function ackFormFileName(client: string, key: string): string {
  return `${client}-acknowledgement-${ackFormSlug(key)}.pdf`;
}

/** Where the printed form is served: beside its page. */
export function ackFormPdfPath(client: string, key: string): string {
  return `${ackFormPath(client, key)}${ackFormFileName(client, key)}`;
}
