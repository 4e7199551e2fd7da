/**
 * Printed acknowledgement forms: a PDF of each document's form page, for clients that
 * sign on paper. A build prints them only when asked (`TANDEM_ACK_FORMS=pdf`), since
 * printing needs Chromium; the pages link the PDF (`urls.ackFormPdf`) only in such a build.
 */

/** Whether this build prints every acknowledgement form to PDF beside its page. */
export function ackFormPdfs(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TANDEM_ACK_FORMS?.trim() === 'pdf';
}
