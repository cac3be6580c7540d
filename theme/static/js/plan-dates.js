// Calendar days as the plan stores them ("YYYY-MM-DD"), with the arithmetic the follow-up and
// the timeline need. Days are counted in UTC so a daylight-saving change never moves a date.

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

function parse(day) {
  const [year, month, date] = day.split("-").map(Number);
  return Date.UTC(year, month - 1, date);
}

function format(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day, days) {
  return format(parse(day) + days * DAY_MS);
}

// The same day of a later month, or that month's last day (31 January + 1 month = 28 February).
export function addMonths(day, months) {
  const [year, month, date] = day.split("-").map(Number);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month - 1 + months, Math.min(date, last)));
}

export function daysBetween(from, to) {
  return Math.round((parse(to) - parse(from)) / DAY_MS);
}

// "3 December 2026", for sentences; <time datetime> keeps the machine-readable day.
export function longDate(day) {
  const [year, month, date] = day.split("-").map(Number);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}
