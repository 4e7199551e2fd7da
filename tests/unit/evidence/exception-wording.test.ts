import { describe, expect, it } from 'vitest';
import type { ClientContact } from '../../../src/schemas/index.ts';
import { approverName } from '../../../src/lib/evidence/exception-wording.ts';

const contacts = [{ id: 'jo', name: 'Jo Park', title: 'CEO' }] as unknown as ClientContact[];

describe('exception approver wording', () => {
  it('names a known contact with their title', () => {
    expect(approverName(contacts, 'jo')).toBe('Jo Park, CEO');
  });

  it('falls back to the contact id when no contact has it', () => {
    expect(approverName(contacts, 'ghost')).toBe('ghost');
  });
});
