import { SITE_TIME_ZONE } from '../i18n/config';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

// Making a formatter costs far more than using one, and a tree of 1,000 posts reads thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC, in milliseconds, at the instant `utc`. */
function zoneOffset(utc: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utc));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utc / 1000) * 1000;
}

/**
 * Reads a front-matter date: `2023-10-02`, `2023-10-02 14:31:37` (Jekyll) or
 * ISO 8601. Without an explicit offset the time is wall-clock time in the
 * site's time zone. Returns undefined for anything else, including dates that
 * do not exist on the calendar.
 */
export function parseContentDate(value: string, timeZone: string = SITE_TIME_ZONE): Date | undefined {
  const text = value.trim();
  if (WITH_OFFSET.test(text)) {
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) return undefined;
    // Date quietly rolls 2023-02-30 over to March; refuse days the calendar lacks.
    const [y, m, d] = text.slice(0, 10).split('-').map(Number);
    const calendar = new Date(Date.UTC(y!, m! - 1, d!));
    return calendar.getUTCMonth() === m! - 1 && calendar.getUTCDate() === d ? date : undefined;
  }
  const match = LOCAL.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  const wallClock = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  // Two passes settle the offset even when the first guess falls across a DST change.
  const guess = wallClock - zoneOffset(wallClock, timeZone);
  const settled = wallClock - zoneOffset(guess, timeZone);
  // A wall-clock time skipped by a DST change (Brazil's used to start at midnight)
  // becomes the later instant, so a bare date stays on its own day.
  const exists = wallClock - zoneOffset(settled, timeZone) === settled;
  return new Date(exists ? settled : Math.max(guess, settled));
}
