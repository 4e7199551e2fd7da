/**
 * Corpus: secrets and personal data anywhere in content. Every case also proves the
 * value itself never reaches the output. (The values are well-known test values.)
 */
import { appendBody, read, replace, runCorpus, write } from './harness.ts';

const RUNBOOK = 'runbooks/credential-rotation.mdx';
const REPORT = 'clients/beta-clinic/reports/2026-10.mdx';
const MRN_PATTERN = "medical_record_pattern: '\\bMRN[#:\\s-]*\\d{6,10}\\b'\n";

runCorpus('secrets and personal data', [
  {
    name: 'a private key in a staff-only runbook',
    mutate: (root) =>
      appendBody(
        root,
        RUNBOOK,
        '```\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n```',
      ),
    file: RUNBOOK,
    field: 'body',
    rule: 'secrets/private-key',
    at: '-----BEGIN OPENSSH',
    secret: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ',
  },
  {
    name: 'an AWS access key id in a front matter field',
    mutate: (root) =>
      replace(
        root,
        RUNBOOK,
        'summary: Rotate privileged credentials',
        'summary: Rotate AKIAIOSFODNN7EXAMPLE and privileged credentials',
      ),
    file: RUNBOOK,
    field: 'summary',
    rule: 'secrets/cloud-key',
    at: 'AKIAIOSFODNN7EXAMPLE',
    secret: 'IOSFODNN7EXAMPLE',
  },
  {
    name: 'an Azure storage connection string',
    mutate: (root) =>
      appendBody(
        root,
        RUNBOOK,
        'Use `DefaultEndpointsProtocol=https;AccountName=fixturebackups;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net`.',
      ),
    file: RUNBOOK,
    field: 'body',
    rule: 'secrets/cloud-key',
    secret: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq',
  },
  {
    name: 'a GCP service-account key',
    mutate: (root) =>
      appendBody(
        root,
        RUNBOOK,
        '```json\n{ "type": "service_account", "private_key_id": "1a2b3c", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n" }\n```',
      ),
    file: RUNBOOK,
    field: 'body',
    rule: 'secrets/cloud-key',
    at: '"private_key": "-----BEGIN',
    secret: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
  },
  {
    name: 'a password in a URL in a client profile',
    mutate: (root) =>
      replace(
        root,
        'clients/beta-clinic/client.yaml',
        'profile: A fixture clinic group.',
        'profile: A fixture clinic group. EHR at https://svc-backup:Winter2026!@ehr.beta.test/.',
      ),
    file: 'clients/beta-clinic/client.yaml',
    field: 'profile',
    rule: 'secrets/url-password',
    at: 'https://svc-backup',
    secret: 'Winter2026!',
  },
  {
    name: 'a Social Security number in a report',
    mutate: (root) =>
      appendBody(root, REPORT, 'The phished user (SSN on file 123-45-6789) reset their password.'),
    file: REPORT,
    field: 'body',
    rule: 'pii/ssn',
    at: '123-45-6789',
    secret: '123-45-6789',
  },
  {
    name: 'a payment card number in a report',
    mutate: (root) =>
      appendBody(root, REPORT, 'Card used for the fraudulent order: 4111-1111-1111-1111.'),
    file: REPORT,
    field: 'body',
    rule: 'pii/card',
    at: '4111-1111-1111-1111',
    secret: '4111-1111-1111-1111',
  },
  {
    name: 'a medical record number when provider.yaml sets the pattern',
    mutate: async (root) => {
      await write(root, 'provider.yaml', MRN_PATTERN + (await read(root, 'provider.yaml')));
      await appendBody(root, REPORT, 'The misdirected fax named MRN 00482913.');
    },
    file: REPORT,
    field: 'body',
    rule: 'pii/medical-record',
    at: 'MRN 00482913',
    secret: '00482913',
  },
  {
    name: 'a medical record number pattern that is not a pattern',
    mutate: async (root) =>
      write(
        root,
        'provider.yaml',
        "medical_record_pattern: 'MRN[0-9'\n" + (await read(root, 'provider.yaml')),
      ),
    file: 'provider.yaml',
    field: 'medical_record_pattern',
    rule: 'config/pattern',
  },
]);
