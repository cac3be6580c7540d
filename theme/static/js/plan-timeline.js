// The shape of a mentoring relationship over time, from the program's settings: which month
// a pair is in, what to talk about then, when they meet, when the program checks in, and
// when it ends. Pure functions; the program comes from the planner page's data attributes.
import { addDays, addMonths } from "./plan-dates.js";

// The planner element's data attributes, and the month themes listed in `page` (the program
// section, shown with or without JavaScript).
export function readProgram(root, page) {
  const data = root.dataset;
  return {
    followUpDays: Number(data.followUpDays) || 10,
    months: Number(data.programMonths) || 6,
    rhythm: data.rhythm || "monthly",
    checkInMonth: Number(data.checkInMonth) || 0,
    start: data.programStart || "",
    contact: data.programContact || "",
    issuesUrl: data.issuesUrl || "",
    themes: [...page.querySelectorAll("[data-theme-month]")].map((item) => ({
      month: Number(item.dataset.themeMonth),
      theme: item.querySelector("[data-theme-text]").textContent,
      guideUrl: item.querySelector("a")?.href || "",
      guideTitle: item.querySelector("a")?.textContent || "",
    })),
  };
}

export const RHYTHM_LABELS = { fortnightly: "Every two weeks", monthly: "Once a month", "every-two-months": "Every two months" };

function step(day, rhythm, count) {
  if (rhythm === "fortnightly") return addDays(day, 14 * count);
  return addMonths(day, (rhythm === "every-two-months" ? 2 : 1) * count);
}

// A cohort program starts on its own day; otherwise each pair's first meeting starts it.
export function timeline(candidate, program) {
  const start = program.start || candidate.met;
  if (!start) return null;
  const end = candidate.ended || addMonths(start, program.months);
  const rhythm = candidate.rhythm || program.rhythm;
  const meetings = [];
  if (candidate.met) {
    for (let n = 0; meetings.length < 60; n += 1) {
      const day = step(candidate.met, rhythm, n);
      if (day >= end) break;
      meetings.push(day);
    }
  }
  const checkIn = program.checkInMonth ? addMonths(start, program.checkInMonth) : "";
  return { start, end, rhythm, meetings, checkIn: checkIn && checkIn < end ? checkIn : "" };
}

// 1 in the first month from the start, up to program.months; 0 before it starts; past the end, months + 1.
export function monthOf(start, today, months) {
  if (today < start) return 0;
  let month = 1;
  while (month <= months && addMonths(start, month) <= today) month += 1;
  return month;
}

export function themeFor(program, month) {
  return program.themes.find((theme) => theme.month === month) || null;
}

export function nextMeeting(line, today) {
  return line.meetings.find((day) => day >= today) || "";
}
