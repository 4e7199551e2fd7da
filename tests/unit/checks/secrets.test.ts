import { describe, expect, it } from 'vitest';
import {
  detectSecrets,
  isPlausibleSsn,
  luhnValid,
} from '../../../src/lib/checks/secrets/detectors.ts';
import { maskDigits, maskMiddle } from '../../../src/lib/checks/secrets/mask.ts';

const rules = (text: string, pattern?: RegExp) =>
  detectSecrets(text, pattern ? { medicalRecordPattern: pattern } : {}).map((f) => f.rule);

describe('secret detectors: true positives', () => {
  it.each([
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE…', 'secrets/private-key'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'secrets/private-key'],
    ['-----BEGIN ENCRYPTED PRIVATE KEY-----', 'secrets/private-key'],
    ['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'secrets/private-key'],
    ['PuTTY-User-Key-File-3: ssh-ed25519', 'secrets/private-key'],
    ['key AKIAIOSFODNN7EXAMPLE here', 'secrets/cloud-key'],
    ['temporary ASIAY34FZKBOKMUTVV7A,', 'secrets/cloud-key'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'secrets/cloud-key'],
    [
      'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
      'secrets/cloud-key',
    ],
    [
      'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=abcDEF123456789ghiJKL0=',
      'secrets/cloud-key',
    ],
    [
      'https://x.blob.core.windows.net/c?sv=2022-11-02&sig=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eA%3D',
      'secrets/cloud-key',
    ],
    ['{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEv…"}', 'secrets/cloud-key'],
    ['postgres://admin:hunter2@db.internal:5432/app', 'secrets/url-password'],
    ['ftp://backup:S3cr3t!@files.example.com', 'secrets/url-password'],
    ['SSN 123-45-6789 on file', 'pii/ssn'],
    ['ssn: 219 09 9999', 'pii/ssn'],
    ['Social Security number 078051120', 'pii/ssn'],
    ['card 4111 1111 1111 1111 expired', 'pii/card'],
    ['5555-5555-5555-4444', 'pii/card'],
    ['Amex 378282246310005.', 'pii/card'],
    ['Diners 30569309025904', 'pii/card'],
  ])('finds %j', (text, rule) => {
    expect(rules(text)).toEqual([rule]);
  });

  it('finds medical record numbers only with the provider pattern', () => {
    const pattern = /\bMRN[#:\s-]*\d{6,10}\b/g;
    expect(rules('Patient MRN: 00482913 called.')).toEqual([]);
    expect(rules('Patient MRN: 00482913 called.', pattern)).toEqual(['pii/medical-record']);
    expect(rules('Patient MRN-1234567890 called.', pattern)).toEqual(['pii/medical-record']);
  });

  it('reports one finding for a key inside a service-account file', () => {
    const json = '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nAAA"}';
    expect(rules(json)).toEqual(['secrets/cloud-key']);
  });

  it('gives the offset of what it found', () => {
    const text = 'first line\nkey AKIAIOSFODNN7EXAMPLE';
    expect(detectSecrets(text)[0]!.offset).toBe(text.indexOf('AKIA'));
  });
});

describe('secret detectors: near misses are not reported', () => {
  it.each([
    ['a phone number', 'Call 402-555-0101 or (402) 555-0102.'],
    ['an ISO date and a time', 'On 2026-11-26 at 09:15.'],
    ['a date range', '2026-01-01 to 2026-12-31'],
    ['an SSN-shaped number in area 000', '000-12-3456'],
    ['an SSN-shaped number in area 666', '666-12-3456'],
    ['an SSN-shaped number in area 9xx', '912-34-5678'],
    ['an SSN-shaped number with group 00', '123-00-4567'],
    ['an SSN-shaped number with serial 0000', '123-45-0000'],
    ['an SSN-shaped part of a longer id', 'INC-123-45-6789-7 and 1123-45-6789'],
    ['nine digits without an SSN label', 'Order 219099876 shipped.'],
    ['a card number that fails Luhn', '4111 1111 1111 1112'],
    ['a Luhn-valid run of one digit', '0000 0000 0000 0000'],
    ['digits with mixed separators', '4111-1111 1111-1111'],
    ['a 12-digit number', '411111111111'],
    ['a 20-digit number', '41111111111111111111'],
    ['a ticket number', 'Ticket 20261126-0042 closed.'],
    ['an AKIA-like word that is too short', 'AKIA12345'],
    ['an AKIA-like id that is lowercase', 'akiaiosfodnn7example'],
    ['a URL with a user but no password', 'https://user@example.com/'],
    [
      'a URL with a placeholder password',
      'postgres://admin:<password>@db/app and https://u:${DB_PASS}@h/',
    ],
    ['a URL with a masked password', 'https://svc:****@host.example/'],
    ['a time in a URL path', 'https://example.com/at/10:30@noon'],
    ['a public key', '-----BEGIN PUBLIC KEY-----'],
    ['a certificate', '-----BEGIN CERTIFICATE-----'],
    ['a KPI line in a report', 'endpoints_managed: 50\nbackup_jobs: 300\nmttr_hours: 4.5'],
  ])('ignores %s', (_, text) => {
    expect(detectSecrets(text)).toEqual([]);
  });
});

describe('secret masking', () => {
  it('never includes the secret in the masked form', () => {
    const texts = [
      'AKIAIOSFODNN7EXAMPLE',
      'postgres://admin:hunter2@db.internal/app',
      'SSN 123-45-6789',
      '4111 1111 1111 1111',
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    ];
    const secrets = [
      'IOSFODNN7EXAMPLE',
      'hunter2',
      '123-45-6789',
      '4111 1111 1111 1111',
      'Eby8vdM02',
    ];
    texts.forEach((text, i) => {
      const [finding] = detectSecrets(text);
      expect(finding!.masked).not.toContain(secrets[i]);
    });
    expect(detectSecrets('4111 1111 1111 1111')[0]!.masked).toBe('**** **** **** 1111');
    expect(detectSecrets('x://u:hunter2@h')[0]!.masked).toBe('x://u:****@h');
  });

  it('keeps what it is told to keep', () => {
    expect(maskMiddle('AKIAIOSFODNN7EXAMPLE', 4, 0)).toBe('AKIA****************');
    expect(maskMiddle('abc', 4, 0)).toBe('****');
    expect(maskDigits('MRN 00482913', 2)).toBe('MRN ******13');
  });
});

describe('number rules', () => {
  it('knows the Luhn checksum', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
  });

  it('knows which SSNs are never issued', () => {
    expect(isPlausibleSsn('123', '45', '6789')).toBe(true);
    expect(isPlausibleSsn('000', '45', '6789')).toBe(false);
    expect(isPlausibleSsn('666', '45', '6789')).toBe(false);
    expect(isPlausibleSsn('900', '45', '6789')).toBe(false);
    expect(isPlausibleSsn('123', '00', '6789')).toBe(false);
    expect(isPlausibleSsn('123', '45', '0000')).toBe(false);
  });
});

describe('service tokens and password assignments', () => {
  const cases: Array<[string, string, string]> = [
    ['a GitHub token', `token ghp_${'a1B2'.repeat(9)} here`, 'secrets/token'],
    ['a GitHub fine-grained token', `github_pat_${'11ABCDEFG0'.repeat(6)}`, 'secrets/token'],
    ['a Slack token', 'xoxb-1234567890-abcdefghij', 'secrets/token'],
    [
      'a Slack webhook URL',
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'secrets/token',
    ],
    ['a Google API key', 'key=AIzaSyA-1234567890abcdefghijklmnopqrstu', 'secrets/token'],
    ['a Stripe live key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'secrets/token'],
    [
      'a JSON Web Token',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'secrets/token',
    ],
    ['a password assignment', 'password: Winter2026!', 'secrets/password'],
    ['an SSN written with spaces', 'her number is 123 45 6789.', 'pii/ssn'],
  ];
  it.each(cases)('finds %s and masks it', (_what, text, rule) => {
    const found = detectSecrets(text);
    expect(found.map((f) => f.rule)).toEqual([rule]);
    const secret = text.slice(
      found[0]!.offset + found[0]!.length - 8,
      found[0]!.offset + found[0]!.length,
    );
    expect(found[0]!.masked).not.toContain(secret);
  });
  it.each([
    'the password: see the vault entry',
    'password: <your password>',
    'call 402 555 0143',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  ])('leaves "%s" alone', (text) => {
    expect(detectSecrets(text)).toEqual([]);
  });
});
