import { describe, expect, it } from 'vitest';
import { asSentence, escalationLadder } from '../../src/lib/escalation.ts';
import { fixtureModel } from './helpers/fixture.ts';

describe('the escalation ladder as sentences', () => {
  it('ends each trigger and response with exactly one full stop', () => {
    expect(asSentence('A P1 open for 4 hours.')).toBe('A P1 open for 4 hours.');
    expect(asSentence('A P1 open for 4 hours;  ')).toBe('A P1 open for 4 hours.');
    expect(asSentence('15 minutes, 24×7')).toBe('15 minutes, 24×7.');
    expect(asSentence('within the tier’s target')).toBe('Within the tier’s target.');
    expect(asSentence('  ')).toBe('');
  });

  it('names the person on each rung and keeps the rungs in level order', async () => {
    const model = await fixtureModel((raw) => {
      const escalation = raw.provider[0]!.data.escalation;
      escalation.reverse();
      escalation[0]!.when = 'Anything the desk cannot fix.';
      escalation[0]!.response = 'Within the tier’s response target';
    });
    const ladder = escalationLadder(model);
    expect(ladder.map((r) => r.level)).toEqual(
      [...ladder.map((r) => r.level)].sort((a, b) => a - b),
    );
    for (const rung of ladder) {
      expect(rung.person).not.toBe('');
      expect(`${rung.when} ${rung.response}`).not.toMatch(/\.[;.]|within within/i);
    }
  });
});
