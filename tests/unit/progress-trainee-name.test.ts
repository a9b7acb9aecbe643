import { describe, expect, it } from 'vitest';
import { checkExport, EXPORT_FORMAT, type ProgressExport } from '@/domain/progress/export-format';
import { MAX_TRAINEE_NAME, withTraineeName } from '@/domain/progress/trainee-name';

const data: ProgressExport = { format: EXPORT_FORMAT, version: 1, exportedAt: Date.UTC(2026, 10, 20), events: [] };

describe('the trainee name in a hand-in file', () => {
  it('is added, tidied, when the trainee gave one, and left out otherwise', () => {
    expect(withTraineeName(data, '  Núñez   García ')).toEqual({ ...data, trainee: { name: 'Núñez García' } });
    expect(withTraineeName(data, '   ')).toEqual(data);
    expect(withTraineeName(data, undefined)).toEqual(data);
    expect(withTraineeName(data, 'x'.repeat(200)).trainee?.name).toHaveLength(MAX_TRAINEE_NAME);
    const hidden = withTraineeName(data, 'Ok\u202Eafor\u200B');
    expect(hidden.trainee).toEqual({ name: 'Okafor' });
    expect(checkExport(hidden).ok).toBe(true);
  });

  it('is accepted by the export schema, which still takes files without it and refuses an empty or over-long one', () => {
    expect(checkExport(withTraineeName(data, 'Okafor')).ok).toBe(true);
    expect(checkExport(data).ok).toBe(true);
    expect(checkExport({ ...data, trainee: { name: '' } })).toMatchObject({
      ok: false,
      problems: ['trainee.name: too_small'],
    });
    expect(checkExport({ ...data, trainee: { name: 'x'.repeat(81) } })).toMatchObject({
      ok: false,
      problems: ['trainee.name: too_big'],
    });
  });
});
