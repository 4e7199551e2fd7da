import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/lib/reports/format.ts';
import {
  elapsedLabel,
  hoursLabel,
  milestoneTime,
  SEVERITY_TONES,
  severityLabel,
} from '../../../src/lib/reports/incident-timeline.ts';
import type { Incident } from '../../../src/schemas/index.ts';

const incident = (fields: Partial<Incident>) =>
  ({
    id: 'INC-1',
    title: 'Phishing',
    severity: 'high',
    summary: 'A user clicked.',
    detected: '2026-09-03T10:00:00Z',
    disruption_hours: 0,
    reportable: false,
    ...fields,
  }) as Incident;
const at = (iso: string) => `at ${iso}`;

describe('incident timeline wording', () => {
  it('colours and names the severity', () => {
    expect(SEVERITY_TONES.critical).toBe('red');
    expect(SEVERITY_TONES.high).toBe('red');
    expect(SEVERITY_TONES.medium).toBe('amber');
    expect(SEVERITY_TONES.low).toBe('');
    expect(severityLabel('critical')).toBe('Critical severity');
  });

  it('shows a milestone’s time, or what its absence means', () => {
    const done = incident({ resolved: '2026-09-04T10:00:00Z', contained: '2026-09-03T12:00:00Z' });
    expect(milestoneTime(done, 'resolved', at)).toBe('at 2026-09-04T10:00:00Z');
    expect(milestoneTime(done, 'contained', at)).toBe('at 2026-09-03T12:00:00Z');
    const open = incident({});
    expect(milestoneTime(open, 'resolved', at)).toBe('Still open');
    expect(milestoneTime(open, 'contained', at)).toBe('Not recorded');
    expect(milestoneTime(open, 'client_notified', at)).toBe('Not recorded');
    expect(milestoneTime(open, 'determined_reportable', at)).toBe(
      'Not recorded (clocks run from detection)',
    );
  });

  it('measures time since detection, with a dash until the milestone happens', () => {
    expect(elapsedLabel('2026-09-03T10:00:00Z', '2026-09-03T13:30:00Z')).toBe(formatDuration(3.5));
    expect(elapsedLabel('2026-09-03T10:00:00Z', undefined)).toBe('—');
    expect(hoursLabel(2)).toBe(formatDuration(2));
    expect(hoursLabel(0)).toBe(formatDuration(0));
    expect(hoursLabel(undefined)).toBe('—');
  });
});
