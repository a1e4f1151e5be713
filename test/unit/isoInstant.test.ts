import * as assert from 'node:assert/strict';
import { parseInstant } from '../../src/core/report/isoInstant';

const MS_PER_DAY = 86_400_000;

describe('reading ISO instants for the team report', () => {
  it('reads every day from 1600 to 2400, as toISOString writes it, exactly as Date.parse does', () => {
    const first = Date.UTC(1600, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2400, 11, 31) / MS_PER_DAY;
    for (let day = first; day <= last; day++) {
      // A different time of day each day, so every hour, minute, second and millisecond digit is read.
      const text = new Date(day * MS_PER_DAY + ((day * 7_919_993) % MS_PER_DAY + MS_PER_DAY) % MS_PER_DAY).toISOString();
      assert.equal(parseInstant(text), Date.parse(text), text);
    }
  });

  it('reads the years before 100 as years of the first century, not of the 1900s', () => {
    for (const text of ['0000-01-01T00:00:00.000Z', '0004-02-29T12:30:00.000Z', '0099-12-31T23:59:59.999Z']) {
      assert.equal(parseInstant(text), Date.parse(text), text);
    }
    assert.equal(new Date(parseInstant('0050-06-15T00:00:00.000Z')).getUTCFullYear(), 50);
  });

  it('leaves every other text to Date.parse, readable or not', () => {
    const texts = [
      '2025-02-30T10:00:00.000Z', // rolled over into March by Date.parse
      '2025-02-29T10:00:00.000Z',
      '2024-02-29T10:00:00.000Z',
      '2025-04-31T10:00:00.000Z',
      '2025-01-01T24:00:00.000Z',
      '2025-01-01T23:60:00.000Z',
      '2025-01-01T23:59:60.000Z',
      '2025-00-10T10:00:00.000Z',
      '2025-13-10T10:00:00.000Z',
      '2025-01-00T10:00:00.000Z',
      '2025-01-0:T10:00:00.000Z',
      '2025-0/-10T10:00:00.000Z',
      '2025-01-01t10:00:00.000z',
      '2025-01-01T10:00:00.000+02:00',
      '2025-01-01T10:00:00Z',
      '2025-01-01',
      '+002025-01-01T10:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      ' 2025-01-01T10:00:00.000Z',
      '2025-01-01T10:00:00.000Z ',
      '2025/01/01T10:00:00.000Z',
      'yesterday afternoon',
      '',
    ];
    for (const text of texts) {
      assert.equal(parseInstant(text), Date.parse(text), JSON.stringify(text));
    }
  });
});
