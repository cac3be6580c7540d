// The directory's records (search/records.json) as the planner reads them: one fetch per
// page, mentors by slug, term labels, and what a mentee should know before writing.

import { decodeEmail } from "./email-code.js";

let loading = null;

export function loadRecords(url) {
  if (!loading) {
    loading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`records: HTTP ${response.status}`);
      return response.json();
    }).then(indexRecords);
  }
  return loading;
}

export function indexRecords(records) {
  const labels = new Map(records.facets.map((facet) => [facet.key, new Map(facet.terms)]));
  const bySlug = new Map(records.mentors.map((mentor, position) => [mentor.slug, { ...mentor, position }]));
  return {
    mentors: [...bySlug.values()],
    bySlug,
    label: (key, value) => labels.get(key)?.get(value) || value,
  };
}

export function accepting(mentor) {
  return (mentor.facets.availability || []).includes("accepting");
}

export function full(mentor) {
  return accepting(mentor) && mentor.capacity === 0;
}

// Warnings shown beside a chosen mentor, in the order a mentee should read them.
export function warnings(mentor) {
  if (!mentor) return ["No longer listed in the directory: their profile was removed or is too old to show."];
  const list = [];
  if (!accepting(mentor)) list.push("Not taking new mentees right now.");
  else if (full(mentor)) list.push("Full: no room for new mentees right now.");
  if (mentor.stale) list.push(`Profile may be out of date: last reviewed ${mentor.reviewed}.`);
  return list;
}

const contacts = new Map();

// A mentor's email and contact page, read from their own page when the mentee is about to
// write (the records leave contact details out on purpose). Parsing never runs its scripts.
export function loadContact(pageUrl) {
  if (!contacts.has(pageUrl)) {
    contacts.set(pageUrl, fetch(pageUrl).then((response) => {
      if (!response.ok) throw new Error(`${pageUrl}: HTTP ${response.status}`);
      return response.text();
    }).then((html) => {
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
