// "Add to my calendar": an iCalendar file (RFC 5545) made in the browser for one mentoring
// relationship — the first meeting, each check-in, the program's check-in and its end — as
// all-day events, which every calendar program imports without time-zone guesswork.
import { addDays, longDate } from "./plan-dates.js";

const CRLF = "\r\n";
const MAX_OCTETS = 75;

// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
export function escapeText(value) {
  return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

// Lines longer than 75 octets continue on the next line after CRLF and one space (3.1),
// never splitting a UTF-8 character.
export function foldLine(line) {
  const encoder = new TextEncoder();
  const parts = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? MAX_OCTETS - 1 : MAX_OCTETS;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function basic(day) {
  return day.replace(/-/g, "");
}

function stamp(now) {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// events: [{ day, summary, description, url, key }]; key makes each UID stable across exports.
export function calendarText(events, { now, domain, name }) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentor Directory//My mentors planner//EN",
    "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.key}-${basic(event.day)}@${domain}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basic(event.day)}`,
      `DTEND;VALUE=DATE:${basic(addDays(event.day, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// The events of one relationship: line from plan-timeline.js timeline(), themes by month.
export function relationshipEvents({ line, mentorName, needLabel, key, themeOn, checkInMonth, months }) {
  const events = line.meetings.map((day, index) => {
    const theme = themeOn(day);
    const what = index === 0 ? `Mentoring: first meeting with ${mentorName}` : `Mentoring check-in with ${mentorName}`;
    return {
      key: `${key}-meeting`,
      day,
      summary: `${what} (${needLabel})`,
      description: theme ? `Month ${theme.month}: ${theme.theme}${theme.guideTitle ? `. Guide: ${theme.guideTitle}` : ""}` : "",
      url: theme?.guideUrl || "",
    };
  });
  if (line.checkIn) {
    events.push({ key: `${key}-check-in`, day: line.checkIn, summary: `Mentoring program check-in after month ${checkInMonth} (${mentorName})`,
      description: "How is it going? A good moment to look at your partnership agreement again.", url: "" });
  }
  events.push({ key: `${key}-end`, day: line.end, summary: `Mentoring with ${mentorName} ends (${needLabel})`,
    description: `The end of the program's ${months} months, from ${longDate(line.start)}. Say thank you, and look back at what changed.`, url: "" });
  return events;
}

export function downloadCalendar(text, fileName) {
  const blob = new Blob([text], { type: "text/calendar;charset=utf-8" });
  const anchor = document.createElement("a");
  anchor.href = URL.createObjectURL(blob);
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
}
