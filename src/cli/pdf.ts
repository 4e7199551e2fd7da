/**
 * `npm run pdf`: a board-ready PDF of a client's monthly report and/or responsibility
 * matrix, printed by Chromium from the built staff folder with the print stylesheet.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSites, BuildError } from '../build/pipeline.ts';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { latestPublished } from '../lib/reports/history.ts';
import { audienceOrigin, baseUrlProblem } from '../lib/site-url.ts';
import { printProblems } from './output.ts';
import {
  CommandError,
  note,
  parseMonth,
  requireClient,
  runCommand,
  shown,
  step,
} from './report/common.ts';
import { pdfTargets, printPdfs, type PaperFormat } from './report/print.ts';
import { dueDiligenceTarget } from './report/due-diligence-target.ts';
import { ackFormTarget } from './report/ack-form-target.ts';
import { ackDocuments } from '../lib/records/documents.ts';
import type { Model } from '../lib/model/types.ts';
import { readAssurance } from '../lib/evidence/assurance-read.ts';

/** The board report of `client` for `year`, as the PDF target needs it; refuses a year without one. */
async function boardTarget(root: string, client: string, year: string) {
  const { assurance } = await readAssurance(root);
  const entry = assurance.get(client)?.boards.find((b) => b.year === year);
  if (!entry)
    throw new CommandError(
      `${client} has no board report for ${year} (expected clients/${client}/board/${year}.yaml)`,
      2,
    );
  if (entry.data.status === 'draft')
    note(`${entry.file} is a draft: the PDF is printed from the staff copy and marked DRAFT`);
  return { year, draft: entry.data.status === 'draft', presented: entry.data.presented };
}

/** The acknowledgement forms `keys` (document keys, or `all`) of `client`; refuses an unknown one. */
async function ackFormTargets(root: string, model: Model, client: string, keys: string[]) {
  const docs = await ackDocuments(root, model, client);
  if (keys.includes('all')) return docs.map((doc) => ackFormTarget(model, client, doc));
  return keys.map((key) => {
    const doc = docs.find((d) => d.key === key);
    if (!doc)
      throw new CommandError(
        `--ack: ${client} has no document "${key}" to acknowledge (expected all, ${docs.map((d) => d.key).join(', ') || 'nothing: no document yet'})`,
        2,
      );
    return ackFormTarget(model, client, doc);
  });
}

/** The `--help` text. */
export const pdfHelp = `Usage: npm run pdf -- --client <id> [--month YYYY-MM] [--matrix] [--due-diligence] [--board YYYY] [--ack <doc>|all] [--format letter|a4] [--base-url <url>] [--out <dir>] [--sites <dir>]

Prints a client's monthly security report and/or responsibility matrix to PDF with
Chromium, using the portal's print stylesheet: no navigation, a header with the client
and the period, page numbers in the footer. The same content gives the same bytes.

By default the content (TANDEM_CONTENT, default ./content) is built into a temporary
folder first, so the PDF always matches the content; --sites reuses a folder that
"npm run build" already produced.

  --client <id>       client id
  --month YYYY-MM     report month (default: the latest published report)
  --matrix            print the responsibility matrix (with --month: both)
  --due-diligence     print the one-page due-diligence summary for the client's vendor file
  --board YYYY        print the annual report to the board for that year
  --ack <doc>|all     print the acknowledgement form of a document (matrix,
                      policy:<id>, report:<YYYY-MM>; repeatable) or of all of them
  --format <paper>    letter (default) or a4
  --base-url <url>    the portal's parent address, e.g. https://portal.example.com
                      (default: site.base_url in provider.yaml): links in the PDF point
                      at https://<client-id>.portal.example.com/…; without either,
                      links to the portal are printed as plain text
  --out <dir>         where to write the PDFs (default: ./pdf)
  --sites <dir>       use an existing build output instead of building

Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser.

Examples:
  npm run pdf -- --client riverbend-cu
  npm run pdf -- --client riverbend-cu --month 2026-08 --matrix --format a4
  npm run pdf -- --client riverbend-cu --ack matrix --ack report:2026-10
`;

/** Runs the command; returns the process exit code. */
export async function runPdfCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      month: { type: 'string' },
      matrix: { type: 'boolean', default: false },
      'due-diligence': { type: 'boolean', default: false },
      ack: { type: 'string', multiple: true },
      board: { type: 'string' },
      format: { type: 'string', default: 'letter' },
      'base-url': { type: 'string' },
      out: { type: 'string', default: 'pdf' },
      sites: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(pdfHelp);
    return 0;
  }
  return runCommand(async () => {
    const format = values.format.toLowerCase();
    if (format !== 'letter' && format !== 'a4') {
      throw new CommandError(`--format must be letter or a4, found "${values.format}"`, 2);
    }
    const root = contentRoot();
    const day = today();
    const checked = await checkContent(root, { today: day });
    if (!checked.model)
      throw new CommandError(`cannot read the content in ${root}: run "npm run check"`);
    const model = checked.model;
    const client = requireClient(model, values.client);
    const baseUrl = values['base-url'] ?? model.provider.data.site?.base_url;
    if (values['base-url'] !== undefined) {
      const problem = baseUrlProblem(values['base-url']);
      if (problem) throw new CommandError(`--base-url: ${problem}`, 2);
    }

    let month: string | undefined;
    if (values.month) month = parseMonth(values.month);
    else if (!values.matrix && !values['due-diligence'] && !values.board && !values.ack) {
      month = latestPublished(model, client)?.data.period;
      if (!month)
        throw new CommandError(`${client} has no published report; pass --month for a draft`);
    }
    const report = month
      ? (model.reportsByClient.get(client) ?? []).find((r) => r.data.period === month)
      : undefined;
    if (month && !report) throw new CommandError(`${client} has no report for ${month}`);
    if (report?.data.status === 'draft')
      note(
        `${report.file} is a draft: the PDF carries the DRAFT banner and is for staff review only`,
      );

    const board = values.board ? await boardTarget(root, client, values.board) : undefined;
    const ackTargets = values.ack ? await ackFormTargets(root, model, client, values.ack) : [];

    let sitesDir = values.sites ? resolve(values.sites) : undefined;
    let scratch: string | undefined;
    try {
      if (sitesDir) {
        await stat(join(sitesDir, 'staff', 'index.html')).catch(() => {
          throw new CommandError(
            `${sitesDir} holds no built staff folder; run "npm run build" or drop --sites`,
          );
        });
        step(`using the build in ${sitesDir}`);
      } else {
        scratch = await mkdtemp(join(tmpdir(), 'tandem-pdf-'));
        sitesDir = join(scratch, 'sites');
        process.stdout.write(`Building the portal from ${root} …\n`);
        try {
          await buildSites({
            projectRoot: process.cwd(),
            contentRoot: root,
            outDir: sitesDir,
            today: day,
            onPhase: (phase, ms, summary) =>
              step(`${phase.padEnd(8)} ${(ms / 1000).toFixed(1)} s  ${summary}`),
          });
        } catch (err) {
          if (!(err instanceof BuildError)) throw err;
          if (err.problems.length) printProblems(err.problems, undefined, process.stderr);
          throw new CommandError(`the build failed in its ${err.phase} phase: ${err.message}`);
        }
      }
      const targets = pdfTargets(model, client, {
        ...(report ? { report } : {}),
        matrix: values.matrix,
        today: day,
        ...(board ? { board } : {}),
      });
      if (values['due-diligence']) targets.push(dueDiligenceTarget(model, client, day));
      targets.push(...ackTargets);
      const outDir = resolve(values.out);
      await mkdir(outDir, { recursive: true });
      // Print from the client's own folder, exactly what the client's board would read;
      // only a draft (which never reaches that folder) prints from the staff copy.
      const folder = report?.data.status === 'draft' || board?.draft ? 'staff' : client;
      const linkOrigin = baseUrl ? audienceOrigin(baseUrl, folder) : undefined;
      if (linkOrigin) step(`links point at ${linkOrigin}/`);
      else note('no --base-url and no site.base_url in provider.yaml: portal links print as text');
      const results = await printPdfs(sitesDir, folder, targets, format as PaperFormat, linkOrigin);
      for (const result of results) {
        const path = join(outDir, result.target.fileName);
        await writeFile(path, result.pdf);
        step(
          `${shown(path)}: ${result.pages} pages, ${(result.pdf.length / 1024).toFixed(0)} KB (${format === 'a4' ? 'A4' : 'Letter'})`,
        );
        if (!result.normalised)
          note('Chromium wrote its dates in an unexpected form; this PDF may differ between runs');
      }
      return 0;
    } finally {
      if (scratch) await rm(scratch, { recursive: true, force: true });
    }
  });
}
