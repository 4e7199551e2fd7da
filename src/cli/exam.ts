/** `npm run exam`: an examiner package as of a day, as a folder and a reproducible .zip. */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { readArchive } from '../lib/evidence/archive-read.ts';
import { readMatrixVersions } from '../lib/records/matrix-read.ts';
import { assuranceOf } from '../lib/evidence/assurance.ts';
import { readAssurance } from '../lib/evidence/assurance-read.ts';
import { NoMatrixVersionError } from '../lib/exam/matrix-version.ts';
import { checksumsFile, manifestFile, packageZip } from '../lib/exam/manifest.ts';
import { checkAsOf, examPackage, ExamRequestError, type PackageFile } from '../lib/exam/package.ts';
import { printProblems } from './output.ts';
import { CommandError, requireClient, runCommand, shown, step } from './report/common.ts';
import { printHtmlDocuments } from './report/print-html.ts';

/** The `--help` text. */
export const examHelp = `Usage: npm run exam -- --client <id> [--framework <id>] --as-of YYYY-MM-DD --out <dir> [--no-pdf]

Writes <out>/<client>-exam-<as-of>/ and <out>/<client>-exam-<as-of>.zip: the binders as
they stood on that day (PDF, CSV and HTML), the responsibility matrix version in force,
the client-visible policy versions in force, the published reports of the 12 months
before, the evidence records and attachments of that period, the exceptions in force,
the control decisions made, manifest.json (every file, its SHA-256 and what it is) and
SHA256SUMS (check with: cd <folder> && sha256sum -c SHA256SUMS). The same content and
the same --as-of give the same bytes. An existing package of the same name is replaced.

  --client <id>        client id
  --framework <id>     one framework only (default: every framework of the client)
  --as-of YYYY-MM-DD   the day; not before the contract began, not in the future
  --out <dir>          where to write the folder and the zip
  --no-pdf             leave out the binder PDFs (no Chromium needed)
`;

/** Runs the command; returns the process exit code. */
export async function runExamCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      framework: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      'no-pdf': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(examHelp);
    return 0;
  }
  return runCommand(async () => {
    const asOf = values['as-of'];
    if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
      throw new CommandError(`--as-of must be a day written YYYY-MM-DD, found "${asOf ?? ''}"`, 2);
    if (!values.out) throw new CommandError('--out <dir> is required', 2);
    const root = contentRoot();
    const day = today();
    const checked = await checkContent(root, { today: day });
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length || !checked.model) {
      printProblems(errors, undefined, process.stderr);
      throw new CommandError(
        `the content has ${errors.length} error(s); fix them before packaging`,
      );
    }
    const model = checked.model;
    const client = model.clientsById.get(requireClient(model, values.client))!;
    const { assurance } = await readAssurance(root);
    const { archive } = await readArchive(root);
    let pkg;
    try {
      checkAsOf(client, asOf, day);
      pkg = examPackage(
        model,
        assuranceOf(assurance, client.id),
        archive,
        {
          client,
          asOf,
          ...(values.framework ? { framework: values.framework } : {}),
          matrixVersions: await readMatrixVersions(root, client.id),
        },
        (file) => readFileSync(join(root, file)),
      );
    } catch (err) {
      if (err instanceof ExamRequestError || err instanceof NoMatrixVersionError)
        throw new CommandError(err.message, 2);
      throw err;
    }
    const files: PackageFile[] = [...pkg.files];
    if (!values['no-pdf']) {
      const provider = model.provider.data.name;
      const pdfs = await printHtmlDocuments(
        pkg.binders.map((b) => ({
          html: files
            .find((f) => f.path === `binder/${b.framework.id}.html`)!
            .bytes.toString('utf8'),
          header: [client.data.name, `${b.framework.data.short} binder as of ${asOf}`],
          footer: `${provider} · examiner package`,
        })),
        asOf,
      );
      pkg.binders.forEach((b, i) =>
        files.push({
          path: `binder/${b.framework.id}.pdf`,
          what: `${b.framework.data.name} binder as of ${asOf} (PDF)`,
          bytes: pdfs[i]!,
        }),
      );
      files.sort((a, b) => a.path.localeCompare(b.path));
    }
    const manifest = manifestFile(
      {
        client: client.id,
        name: client.data.name,
        as_of: asOf,
        framework: values.framework ?? 'all',
        matrix_version: pkg.matrixVersion,
      },
      files,
    );
    const all = [...files, manifest];
    all.push(checksumsFile(all));

    const outDir = resolve(values.out);
    const folder = join(outDir, pkg.name);
    const partial = `${folder}.partial`;
    await rm(partial, { recursive: true, force: true });
    for (const f of all) {
      await mkdir(dirname(join(partial, f.path)), { recursive: true });
      await writeFile(join(partial, f.path), f.bytes);
    }
    const zip = packageZip(pkg.name, all, asOf);
    await writeFile(`${partial}.zip`, zip);
    await rm(folder, { recursive: true, force: true });
    await rename(partial, folder);
    await rename(`${partial}.zip`, `${folder}.zip`);
    step(
      `${shown(folder)}: ${all.length} files (${all.filter((f) => f.path.startsWith('evidence/')).length} evidence files, ${all.filter((f) => f.path.startsWith('reports/')).length} reports, ${all.filter((f) => f.path.startsWith('policies/')).length} policies)`,
    );
    step(`${shown(`${folder}.zip`)}: ${(zip.length / 1024).toFixed(0)} KB`);
    await readFile(join(folder, 'SHA256SUMS'));
    return 0;
  });
}
