// search/records.json, fetched and indexed once per page whichever scripts ask for it (the
// directory's filters and "Add to my mentors" on the same page share one request).
//
// Each mentor as the scripts read it: the record's fields (slug, name, url, reviewed,
// facets, and when known capacity, utc, stale) plus position (the directory's order, by
// name) and accepting (see below).
import { fetchJson } from "./fetch-checked.js";
import { AVAILABILITY } from "./facet-keys.js";

const loaded = new Map();

export function loadRecords(url) {
  const address = new URL(url, document.baseURI).href;
  if (!loaded.has(address)) {
    const loading = fetchJson(address).then(indexRecords);
    loading.catch(() => loaded.delete(address));
    loaded.set(address, loading);
  }
  return loaded.get(address);
}

function indexRecords(records) {
  const labels = new Map(records.facets.map((facet) => [facet.key, new Map(facet.terms)]));
  const availabilityShown = labels.has(AVAILABILITY);
  const bySlug = new Map(records.mentors.map((mentor, position) => [
    mentor.slug,
    { ...mentor, position, accepting: isAccepting(mentor, availabilityShown) },
  ]));
  return {
    mentors: [...bySlug.values()],
    bySlug,
    label: (key, value) => labels.get(key)?.get(value) || value,
  };
}

// Whether a mentor takes new mentees: the record's own accepting field when it has one;
// else the availability facet, when the site lists it (MENTOR_FACETS may leave it out); and
// when neither says, taken as yes, so no mentor is flagged for what the site never asked.
function isAccepting(mentor, availabilityShown) {
  if (typeof mentor.accepting === "boolean") return mentor.accepting;
  if (availabilityShown) return (mentor.facets[AVAILABILITY] || []).includes("accepting");
  return true;
}
