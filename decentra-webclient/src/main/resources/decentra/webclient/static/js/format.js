// Formatting of dates, durations and user agents for display.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS = [['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60]];

/** "28 Nov 2026, 12:00" in the reader's locale. */
export function formatDateTime(iso) {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** "28 November 2026" in the reader's locale. */
export function formatDate(iso) {
  return iso ? dateOnly.format(new Date(iso)) : '—';
}

/** "3 hours ago", "in 2 days", "just now". */
export function formatRelative(iso, now = Date.now()) {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

const BROWSERS = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/Firefox\/(\d+)|FxiOS\/(\d+)/, 'Firefox'],
  [/Chrome\/(\d+)|CriOS\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari/, 'Safari'],
];
const SYSTEMS = [
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** A short description of a user agent: "Firefox 133 on Linux", or the client's own name for non-browsers. */
export function summariseUserAgent(ua) {
  if (!ua) return 'Unknown client';
  const browser = BROWSERS.find(([pattern]) => pattern.test(ua));
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua));
  if (!browser) {
    const product = ua.split(/\s/)[0].replace('/', ' ');
    return product.length > 40 ? product.slice(0, 40) + '…' : product;
  }
  const match = ua.match(browser[0]);
  const version = match.slice(1).find(Boolean);
  const name = version ? `${browser[1]} ${version}` : browser[1];
  return system ? `${name} on ${system[1]}` : name;
}

/** Whether a user agent looks like a phone or tablet. */
export function isMobileAgent(ua) {
  return /Mobi|Android|iPhone|iPad/.test(ua ?? '');
}
