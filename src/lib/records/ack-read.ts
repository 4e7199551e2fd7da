/** Reading a client's acknowledgements file, with problems naming the file and field. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseYamlFile } from '../content/parse.ts';
import { parseYamlRecord } from '../content/yaml-record.ts';
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import {
  acknowledgementsFile,
  acknowledgementsSchema,
  type Acknowledgement,
} from './ack-schema.ts';
import { ACK_RULE, ackProblems } from './ack-status.ts';
import { ackDocuments } from './documents.ts';

/** A client's acknowledgements as read; problems when the file is not valid. */
export async function readAcknowledgements(
  root: string,
  client: string,
): Promise<{ acks: Acknowledgement[]; problems: Problem[]; text?: string }> {
  const file = acknowledgementsFile(client);
  const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
  if (text === undefined) return { acks: [], problems: [] };
  const { data, problems } = parseYamlRecord(
    text,
    acknowledgementsSchema,
    file,
    ACK_RULE,
    'acknowledgements',
  );
  return { acks: data?.acknowledgements ?? [], problems, text };
}

/** Problems with every client's acknowledgements under `root`. */
export async function checkAcknowledgements(
  root: string,
  model: Model,
  today: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const client of model.clients) {
    const { acks, problems: read, text } = await readAcknowledgements(root, client.id);
    problems.push(...read);
    if (!acks.length) continue;
    const docs = await ackDocuments(root, model, client.id);
    const located = text ? parseYamlFile(text).locate : () => undefined;
    acks.forEach((ack, i) => {
      for (const p of ackProblems(client, docs, ack, i, today))
        problems.push({ ...p, ...located(p.path) });
    });
  }
  return problems;
}

/** The acknowledgements file's text with `ack` appended. */
export function appendAcknowledgement(text: string | undefined, ack: Acknowledgement): string {
  const entry = stringify([ack], { lineWidth: 0 }).replace(/^/gm, '  ').trimEnd();
  if (!text?.trim()) {
    return `# Acknowledgements: who at the client acknowledged which exact document version, and how.\n# Written by \`npm run ack\`.\nacknowledgements:\n${entry}\n`;
  }
  return `${text.trimEnd()}\n${entry}\n`;
}
