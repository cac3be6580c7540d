// "Near me": mentors whose time of day is within some hours of the mentee's, from the
// browser's own time zone. The control is hidden in the page as built and shown only
// here, where the time zone is known; the choice is kept in the address (?near=3). While
// it is on, each card says how far its mentor's time is from the mentee's.
//
// Offsets are worked out for today, in both places, so summer time on either side counts.
import { el } from "./dom.js";

// The hours the control offers (the template's <select> lists the same values).
export const NEAR_HOURS = new Set(["0", "1", "2", "3", "5", "8"]);

export function myTimeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

// Minutes east of UTC in `zone` at `at`; null for a zone this browser does not know.
export function offsetMinutes(zone, at = new Date()) {
  let name;
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at).find((part) => part.type === "timeZoneName").value;
  } catch {
    return null;
  }
  const match = /^GMT([+\-\u2212])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (!match) return 0; // "GMT"
  const minutes = Number(match[2]) * 60 + Number(match[3] || 0);
  return match[1] === "+" ? minutes : -minutes;
}

function amount(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? "hour" : "hours"}`);
  if (rest) parts.push(`${rest} minutes`);
  return parts.join(" ");
}

// "3 hours ahead of you", "5 hours 30 minutes behind you", "Same time as you".
export function timeApart(theirs, mine) {
  const difference = theirs - mine;
  if (difference === 0) return "Same time as you";
  return `${amount(Math.abs(difference))} ${difference > 0 ? "ahead of" : "behind"} you`;
}

export function nearLabel(hours) {
  if (hours === "0") return "Same time as you";
  return `Within ${hours} ${hours === "1" ? "hour" : "hours"} of your time`;
}

// Whether a mentor `theirs` minutes east of UTC is within `hours` of `mine`; a mentor
// without a time zone is not.
export function isNear(theirs, mine, hours) {
  return theirs !== null && Math.abs(theirs - mine) <= Number(hours) * 60;
}

// Each card shown says how far its mentor's time is (text set, never HTML); `apart` is
// null to take the line away.
export function showTimeApart(card, apart) {
  let line = card.querySelector(".time-apart");
  if (apart === null) {
    line?.remove();
    return;
  }
  if (!line) {
    line = el("div", { className: "time-apart" }, el("dt", {}, "Their time"), el("dd"));
    card.querySelector(".card-facts")?.append(line);
  }
  const text = line.querySelector("dd");
  if (text.textContent !== apart) text.textContent = apart;
}
