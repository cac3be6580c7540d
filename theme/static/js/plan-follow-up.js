// Following up on a first message, pure functions on the plan: when to follow up, the kind
// follow-up itself, moving on to the next candidate (the earlier mentor stays in the need's
// history), and what a mentee may send the organisers about a gap or a silent mentor.
import { addDays, daysBetween, longDate } from "./plan-dates.js";

// The mentor's stated reply time when they gave one, else the program's number of days.
export function followUpDays(mentor, programDays) {
  return Number.isInteger(mentor?.reply_time) && mentor.reply_time > 0 ? mentor.reply_time : programDays;
}

// Where a chosen mentor stands on `today`: null when there is nothing to follow up.
export function followUpState(candidate, mentor, programDays, today) {
  if (!candidate.contacted || candidate.replied || candidate.met || candidate.ended) return null;
  const days = followUpDays(mentor, programDays);
  const due = addDays(candidate.contacted, days);
  return { due, days, waited: daysBetween(candidate.contacted, today), isDue: today >= due, byMentor: days !== programDays };
}

export function followUpSubject(needLabel) {
  return `Following up: mentoring request for ${needLabel}`;
}

export function followUpBody({ mentorName, needLabel, contacted, senderName }) {
  const lines = [
    `Hello ${mentorName},`,
    "",
    `I wrote to you on ${longDate(contacted)} about mentoring for ${needLabel}, and I am following up in case my message was missed.`,
    "I know how busy things get, so please don't worry if now is not a good time: a short yes or no is plenty, and I will look for someone else if it is a no.",
    "",
    "Thank you,",
  ];
  if (senderName.trim()) lines.push(senderName.trim());
  return lines.join("\n");
}

// The first candidate after the current choice (in the mentee's order), or null.
export function nextCandidate(need) {
  return need.candidates.find((c) => c.slug !== need.choice) || null;
}

// In one step: the next candidate becomes the choice and the earlier one moves to the history.
export function tryNext(plan, area, today) {
  const next = structuredClone(plan);
  const need = next.needs.find((n) => n.area === area);
  const after = need && nextCandidate(need);
  if (!after) return plan;
  const earlier = need.candidates.find((c) => c.slug === need.choice);
  if (earlier) {
    need.history.push({ slug: earlier.slug, name: earlier.name, contacted: earlier.contacted, followedUp: earlier.followedUp, left: today });
    need.candidates = need.candidates.filter((c) => c !== earlier);
  }
  need.choice = after.slug;
  return next;
}

// Exactly what "Tell the organisers" shares: the need (and, for a silent mentor, who and when).
// The `Need id:` line lets the program's workflow count requests per need.
export function organiserMessage({ reason, needLabel, area, mentorName = "", contacted = "", followedUp = "" }) {
  if (reason === "gap") {
    return {
      title: `Mentor wanted: ${needLabel}`,
      body: [
        "Hello,",
        "",
        `I am looking for a mentor for ${needLabel} and found no one in the directory I could ask.`,
        "Could the program look for someone?",
        "",
        `Need id: ${area}`,
      ].join("\n"),
    };
  }
  const followed = followedUp ? ` and followed up on ${longDate(followedUp)}` : "";
  return {
    title: `No reply from a mentor: ${needLabel}`,
    body: [
      "Hello,",
      "",
      `I wrote to ${mentorName} about mentoring for ${needLabel} on ${longDate(contacted)}${followed}, and have not heard back.`,
      "Could the program check whether their profile is still current, or suggest someone else?",
      "",
      `Need id: ${area}`,
    ].join("\n"),
  };
}

export const REQUEST_LABEL = "mentor-request";

export function issueHref(issuesUrl, { title, body }) {
  const query = new URLSearchParams({ title, body, labels: REQUEST_LABEL });
  return `${issuesUrl}?${query.toString().replace(/\+/g, "%20")}`;
}
