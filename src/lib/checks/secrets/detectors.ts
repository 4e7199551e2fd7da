/**
 * Detectors for secrets and personal data in text. Each returns where it found something
 * and a masked form for the message; the secret itself never leaves this module.
 * Detectors aim for few false alarms: numbers must also pass the checks the real
 * identifiers pass (SSN ranges, Luhn for cards).
 */
import { maskDigits, maskMiddle } from './mask.ts';

export interface Finding {
  /** Rule id, e.g. "secrets/cloud-key". */
  rule: string;
  /** What was found, in words: "an AWS access key id". */
  what: string;
  /** Offset in the text and length of the match. */
  offset: number;
  length: number;
  /** The match with the secret part hidden. */
  masked: string;
}

export interface DetectOptions {
  /** The provider's pattern for medical record numbers, if it set one. */
  medicalRecordPattern?: RegExp;
}

type Detector = (text: string, options: DetectOptions) => Finding[];

function scan(
  text: string,
  pattern: RegExp,
  found: (match: RegExpExecArray) => Omit<Finding, 'offset' | 'length'> | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const finding = found(match);
    if (finding) findings.push({ ...finding, offset: match.index, length: match[0].length });
  }
  return findings;
}

/** PEM and OpenSSH private key blocks (the header is enough: it is never written by accident). */
export const privateKeys: Detector = (text) =>
  scan(
    text,
    /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d+:/g,
    (m) => ({
      rule: 'secrets/private-key',
      what: `a ${m[0].startsWith('PuTTY') ? 'PuTTY ' : (m[1] ?? '')}private key`,
      masked: m[0].startsWith('PuTTY') ? 'PuTTY-User-Key-File-…' : `${m[0]}…`,
    }),
  );

/** A GCP service-account key file's `private_key` value (JSON or YAML). */
export const gcpServiceAccountKeys: Detector = (text) =>
  scan(text, /["']?private_key["']?\s*:\s*["']?-----BEGIN[^"'\n]*/g, () => ({
    rule: 'secrets/cloud-key',
    what: 'a GCP service-account private key',
    masked: '"private_key": "-----BEGIN …"',
  }));

/** AWS access key ids (AKIA… long-term, ASIA… temporary) and secret access keys. */
export const awsKeys: Detector = (text) => [
  ...scan(text, /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, (m) => ({
    rule: 'secrets/cloud-key',
    what: `an AWS ${m[0].startsWith('ASIA') ? 'temporary ' : ''}access key id`,
    masked: maskMiddle(m[0], 4, 0),
  })),
  ...scan(
    text,
    /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
    (m) => ({
      rule: 'secrets/cloud-key',
      what: 'an AWS secret access key',
      masked: `${m[0].slice(0, m[0].length - 40)}${maskMiddle(m[1]!, 0, 0)}`,
    }),
  ),
];

/** Azure storage account keys, connection strings, and shared access signatures. */
export const azureKeys: Detector = (text) => [
  ...scan(text, /(AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,}={0,2})/g, (m) => ({
    rule: 'secrets/cloud-key',
    what: `an Azure ${m[1] === 'AccountKey' ? 'storage account key' : 'shared access key'} in a connection string`,
    masked: `${m[1]}=${maskMiddle(m[2]!, 0, 0)}`,
  })),
  ...scan(text, /[?&]sig=([A-Za-z0-9%+/]{30,}={0,2})/g, () => ({
    rule: 'secrets/cloud-key',
    what: 'an Azure shared access signature',
    masked: 'sig=****',
  })),
  ...scan(text, /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g, (m) => ({
    rule: 'secrets/cloud-key',
    what: 'an Azure storage account key',
    masked: maskMiddle(m[0], 0, 0),
  })),
];

/** Placeholders authors write in example URLs: `<password>`, `${PASSWORD}`, `****`. */
function isPlaceholder(password: string): boolean {
  return /^(\*+|x+|\.\.\.|…|<[^>]*>|\{[^}]*\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_]+%)$/i.test(
    password,
  );
}

/** Credentials written into a URL: `scheme://user:password@host`. */
export const urlPasswords: Detector = (text) =>
  scan(text, /\b([a-z][a-z0-9+.-]*):\/\/([^\s:@/'"<>]+):([^\s@/'"<>]+)@([^\s/?#'"<>]+)/gi, (m) =>
    isPlaceholder(m[3]!)
      ? undefined
      : {
          rule: 'secrets/url-password',
          what: 'a password in a URL',
          masked: `${m[1]}://${m[2]}:****@${m[4]}`,
        },
  );

/**
 * Whether area-group-serial could be an issued US Social Security number: no 000, 666 or
 * 9xx area, no 00 group, no 0000 serial (the SSA never issues those).
 */
export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  return (
    area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000'
  );
}

/** US Social Security numbers: `123-45-6789`, `123 45 6789`, or nine digits right after "SSN". */
export const socialSecurityNumbers: Detector = (text) => {
  const found = (m: RegExpExecArray) =>
    isPlausibleSsn(m[1]!, m[2]!, m[3]!)
      ? {
          rule: 'pii/ssn',
          what: 'a US Social Security number',
          masked: `***-**-**${m[3]!.slice(2)}`,
        }
      : undefined;
  return [
    ...scan(text, /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g, found),
    // Written with spaces (123 45 6789): the 3-2-4 grouping is what makes it an SSN.
    ...scan(text, /(?<![\d-]|\d )(\d{3}) (\d{2}) (\d{4})(?!\d| \d)/g, found),
    ...scan(
      text,
      /\b(?:SSN|social security(?: number| no\.?)?)\s*[#:]?\s*(\d{3}) ?(\d{2}) ?(\d{4})(?!\d)/gi,
      found,
    ),
  ];
};

/** The Luhn checksum every payment card number satisfies. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Payment card numbers: 13–19 digits, optionally grouped by spaces or hyphens, Luhn-valid. */
export const cardNumbers: Detector = (text) =>
  scan(text, /(?<![\d-])\d(?:[ -]?\d){12,18}(?![ -]?\d)/g, (m) => {
    const separators = new Set(m[0].replace(/\d/g, ''));
    const digits = m[0].replace(/\D/g, '');
    if (separators.size > 1) return undefined;
    if (/^(\d)\1+$/.test(digits) || !luhnValid(digits)) return undefined;
    return { rule: 'pii/card', what: 'a payment card number', masked: maskDigits(m[0], 4) };
  });

/** Medical record numbers, when the provider configured what theirs look like. */
export const medicalRecordNumbers: Detector = (text, options) => {
  const pattern = options.medicalRecordPattern;
  if (!pattern) return [];
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  return scan(text, global, (m) => ({
    rule: 'pii/medical-record',
    what: 'a medical record number',
    masked: m[0].replace(/\D/g, '').length >= 4 ? maskDigits(m[0], 2) : maskMiddle(m[0], 3, 0),
  }));
};

/** Service tokens with a recognisable prefix; each keeps only its prefix in the message. */
const TOKEN_PATTERNS: ReadonlyArray<{ pattern: RegExp; what: string; keep: number }> = [
  {
    pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9_])/g,
    what: 'a GitHub token',
    keep: 4,
  },
  {
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{50,255}(?![A-Za-z0-9_])/g,
    what: 'a GitHub fine-grained token',
    keep: 11,
  },
  {
    pattern: /(?<![A-Za-z0-9-])xox[abposr]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])/g,
    what: 'a Slack token',
    keep: 5,
  },
  {
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,}/g,
    what: 'a Slack webhook URL',
    keep: 23,
  },
  {
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    what: 'a Google API key',
    keep: 4,
  },
  {
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[0-9A-Za-z]{16,247}(?![A-Za-z0-9_])/g,
    what: 'a Stripe live key',
    keep: 8,
  },
  {
    pattern:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g,
    what: 'a JSON Web Token',
    keep: 3,
  },
];

/** GitHub, Slack, Google and Stripe tokens, Slack webhooks, and JSON Web Tokens. */
export const serviceTokens: Detector = (text) =>
  TOKEN_PATTERNS.flatMap(({ pattern, what, keep }) =>
    scan(text, pattern, (m) => ({
      rule: 'secrets/token',
      what,
      masked: maskMiddle(m[0], keep, 0),
    })),
  );

/**
 * A password written as an assignment: `password: …`, `passwd=…`, `"pwd": "…"`. Words and
 * placeholders that only describe a password ("password: see the vault") are not findings:
 * the value must be one unbroken token of 8+ characters with a digit or symbol in it.
 */
export const passwordAssignments: Detector = (text) =>
  scan(
    text,
    /\b(pass(?:word|wd|phrase)?|pwd|secret)["']?[ \t]*[:=][ \t]*["']?([^\s"'`<>]{8,})/gi,
    (m) => {
      const value = m[2]!.replace(/[.,;)]+$/, '');
      if (isPlaceholder(value) || !/[0-9\W_]/.test(value) || /^https?:/i.test(value))
        return undefined;
      return {
        rule: 'secrets/password',
        what: 'a password',
        masked: `${m[1]}: ****`,
      };
    },
  );

/** Every detector, most specific first (a later finding inside an earlier one is dropped). */
export const DETECTORS: readonly Detector[] = [
  gcpServiceAccountKeys,
  privateKeys,
  serviceTokens,
  awsKeys,
  azureKeys,
  urlPasswords,
  passwordAssignments,
  socialSecurityNumbers,
  cardNumbers,
  medicalRecordNumbers,
];

/** Everything secret or personal in `text`, in order, without overlaps. */
export function detectSecrets(text: string, options: DetectOptions = {}): Finding[] {
  const kept: Finding[] = [];
  for (const detector of DETECTORS) {
    for (const finding of detector(text, options)) {
      const end = finding.offset + finding.length;
      if (kept.some((k) => finding.offset < k.offset + k.length && end > k.offset)) continue;
      kept.push(finding);
    }
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
