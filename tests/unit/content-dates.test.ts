import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseContentDate } from '../../lib/content/dates';
import { formatDate } from '../../lib/i18n/dates';

function iso(value: string): string | undefined {
  return parseContentDate(value)?.toISOString();
}

describe('parseContentDate', () => {
  it('reads a Jekyll date-time as wall-clock time in America/Sao_Paulo (UTC-3)', () => {
    assert.equal(iso('2023-10-02 14:31:37'), '2023-10-02T17:31:37.000Z');
  });

  it('reads a date-time without seconds, and with a T separator, as São Paulo time', () => {
    assert.equal(iso('2023-10-02 14:31'), '2023-10-02T17:31:00.000Z');
    assert.equal(iso('2023-10-02T14:31:37'), '2023-10-02T17:31:37.000Z');
  });

  it('reads a bare date as midnight in São Paulo', () => {
    assert.equal(iso('2023-10-02'), '2023-10-02T03:00:00.000Z');
  });

  it('ignores surrounding whitespace', () => {
    assert.equal(iso('  2023-10-02 14:31:37 '), '2023-10-02T17:31:37.000Z');
  });

  it('respects an explicit Z offset', () => {
    assert.equal(iso('2023-10-02T14:31:37Z'), '2023-10-02T14:31:37.000Z');
  });

  it('respects an explicit +01:00 offset', () => {
    assert.equal(iso('2023-10-02T14:31:37+01:00'), '2023-10-02T13:31:37.000Z');
  });

  it('respects a negative offset and fractional seconds', () => {
    assert.equal(iso('2023-10-02T14:31:37.250-05:00'), '2023-10-02T19:31:37.250Z');
  });

  it('uses the old Brazilian summer time offset (UTC-2) for dates when it applied', () => {
    assert.equal(iso('2018-12-01 12:00'), '2018-12-01T14:00:00.000Z');
  });

  it('uses UTC-3 again after summer time ended', () => {
    assert.equal(iso('2019-03-01 12:00'), '2019-03-01T15:00:00.000Z');
  });

  it('keeps a bare date on its calendar day when summer time started at that midnight (2018-11-04)', () => {
    // Clocks jumped from 00:00 to 01:00 on 2018-11-04, so midnight did not exist.
    // Whatever instant is chosen, it must still be 4 November in São Paulo, not 3 November.
    const date = parseContentDate('2018-11-04');
    assert.ok(date, '2018-11-04 must parse');
    assert.equal(formatDate(date, 'en'), 'November 4, 2018');
  });

  for (const invalid of [
    '2023-02-30',
    '2023-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-10-32',
    '2023-10-02 25:00',
    '2023-10-02 24:00',
    '2023-10-02 12:60',
    '2023-10-02 12:00:60',
  ]) {
    it(`returns undefined for the impossible date ${JSON.stringify(invalid)}`, () => {
      assert.equal(parseContentDate(invalid), undefined);
    });
  }

  it('accepts 29 February in a leap year', () => {
    assert.equal(iso('2024-02-29'), '2024-02-29T03:00:00.000Z');
  });

  for (const invalid of ['2023-02-30T10:00:00Z', '2023-04-31T10:00:00+01:00']) {
    it(`returns undefined for the impossible ISO date ${JSON.stringify(invalid)}`, () => {
      assert.equal(parseContentDate(invalid), undefined);
    });
  }

  for (const garbage of [
    '',
    '   ',
    'yesterday',
    '02/10/2023',
    '2023-10',
    '2023-10-02 14',
    '2023-1-2',
    '20231002',
    'October 2, 2023',
    '2023-10-02T14:31:37+1',
  ]) {
    it(`returns undefined for the non-date ${JSON.stringify(garbage)}`, () => {
      assert.equal(parseContentDate(garbage), undefined);
    });
  }

  it('honours an explicit time zone argument', () => {
    assert.equal(parseContentDate('2023-10-02 14:31:37', 'UTC')?.toISOString(), '2023-10-02T14:31:37.000Z');
    assert.equal(parseContentDate('2023-07-01 12:00', 'Europe/Lisbon')?.toISOString(), '2023-07-01T11:00:00.000Z');
  });
});

describe('formatDate', () => {
  const published = new Date('2023-10-02T17:31:37.000Z');

  it('formats a date in Brazilian Portuguese', () => {
    assert.equal(formatDate(published, 'pt'), '2 de outubro de 2023');
  });

  it('formats a date in English', () => {
    assert.equal(formatDate(published, 'en'), 'October 2, 2023');
  });

  it('formats in São Paulo time, not UTC: 2023-10-03T01:00Z is still 2 October', () => {
    const lateEvening = new Date('2023-10-03T01:00:00.000Z');
    assert.equal(formatDate(lateEvening, 'en'), 'October 2, 2023');
    assert.equal(formatDate(lateEvening, 'pt'), '2 de outubro de 2023');
  });

  it('turns the day at midnight São Paulo (03:00Z)', () => {
    assert.equal(formatDate(new Date('2023-10-03T03:00:00.000Z'), 'en'), 'October 3, 2023');
  });

  it('round-trips a parsed front-matter date to the same calendar day', () => {
    const date = parseContentDate('2023-10-02');
    assert.ok(date);
    assert.equal(formatDate(date, 'pt'), '2 de outubro de 2023');
  });
});
