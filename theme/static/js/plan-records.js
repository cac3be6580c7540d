// What the planner reads about a mentor beyond the records (records.js loads those): what
// a mentee should know before writing, and the contact details on the mentor's own page.

import { decodeEmail } from "./email-code.js";
import { fetchText } from "./fetch-checked.js";

function full(mentor) {
  return mentor.accepting && mentor.capacity === 0;
}

// Warnings shown beside a chosen mentor, in the order a mentee should read them.
export function warnings(mentor) {
  if (!mentor) return ["No longer listed in the directory: their profile was removed or is too old to show."];
  const list = [];
  if (!mentor.accepting) list.push("Not taking new mentees right now.");
  else if (full(mentor)) list.push("Full: no room for new mentees right now.");
  if (mentor.stale) list.push(`Profile may be out of date: last reviewed ${mentor.reviewed}.`);
  return list;
}

const contacts = new Map();

// A mentor's email and contact page, read from their own page when the mentee is about to
// write (the records leave contact details out on purpose). Parsing never runs its scripts.
export function loadContact(pageUrl) {
  if (!contacts.has(pageUrl)) {
    contacts.set(pageUrl, fetchText(pageUrl).then((html) => {
      const page = new DOMParser().parseFromString(html, "text/html");
      const link = page.querySelector('a[data-contact="email"]')?.getAttribute("href") || "";
      const encoded = page.querySelector("li.email[data-email]")?.dataset.email;
      const email = encoded ? decodeEmail(encoded) : link.startsWith("mailto:") ? link.slice(7) : "";
      const url = page.querySelector('a[data-contact="url"]')?.getAttribute("href") || "";
      return { email, url: /^https?:/.test(url) ? url : "" };
    }));
  }
  return contacts.get(pageUrl);
}
