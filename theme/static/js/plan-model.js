// The mentee's plan: needs in their order, each with candidates and at most one choice.
//
// Pure functions on plain objects (each returns a new plan), plus the few lines that keep
// the plan in localStorage. Nothing here touches the network: the plan never leaves the
// browser unless the mentee exports or shares it.
//
// { version: 2, name: "Alex",
//   needs: [{ area: "tenure", goal: "", note: "", choice: "amara-okafor",
//             candidates: [{ slug: "amara-okafor", name: "Amara Okafor", mode: "video", message: "",
//                            contacted: "2026-11-23", followedUp: "", replied: "", met: "", rhythm: "", ended: "" }],
//             history: [{ slug: "bo-lee", name: "Bo Lee", contacted: "2026-10-01", followedUp: "", left: "2026-10-20" }] }] }
// Version 1 plans (no names, dates or history) still load: normalizePlan fills the new fields.

export const VERSION = 2;
const READABLE = [1, VERSION];
const STORAGE_KEY = "mentor-directory-plan";
const MAX_TEXT = 5000;
const MAX_NAME = 200;
const MAX_NEEDS = 40;
const MAX_CANDIDATES = 20;
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The relationship's dates, in the order they happen.
export const DATES = ["contacted", "followedUp", "replied", "met", "ended"];
export const RHYTHMS = ["fortnightly", "monthly", "every-two-months"];

export function emptyPlan() {
  return { version: VERSION, name: "", needs: [] };
}

function text(value) {
  return typeof value === "string" ? value.slice(0, MAX_TEXT) : "";
}

function id(value) {
  return typeof value === "string" && ID.test(value) ? value : "";
}

function day(value) {
  return typeof value === "string" && DAY.test(value) ? value : "";
}

function dates(raw, keys) {
  return Object.fromEntries(keys.map((key) => [key, day(raw?.[key])]));
}

// Anything read from storage, a file or a link is untrusted: keep only well-formed parts.
export function normalizePlan(raw) {
  if (!raw || typeof raw !== "object" || !READABLE.includes(raw.version) || !Array.isArray(raw.needs)) return null;
  const needs = [];
  for (const need of raw.needs.slice(0, MAX_NEEDS)) {
    const area = id(need?.area);
    if (!area || needs.some((n) => n.area === area)) continue;
    const candidates = [];
    for (const candidate of Array.isArray(need.candidates) ? need.candidates.slice(0, MAX_CANDIDATES) : []) {
      const slug = id(candidate?.slug);
      if (!slug || candidates.some((c) => c.slug === slug)) continue;
      candidates.push({
        slug,
        name: text(candidate.name).slice(0, MAX_NAME),
        mode: id(candidate.mode),
        message: text(candidate.message),
        ...dates(candidate, DATES),
        rhythm: RHYTHMS.includes(candidate.rhythm) ? candidate.rhythm : "",
      });
    }
    const choice = candidates.some((c) => c.slug === need.choice) ? need.choice : null;
    const history = (Array.isArray(need.history) ? need.history.slice(0, MAX_CANDIDATES) : [])
      .filter((past) => id(past?.slug))
      .map((past) => ({ slug: past.slug, name: text(past.name).slice(0, MAX_NAME), ...dates(past, ["contacted", "followedUp", "left"]) }));
    needs.push({ area, goal: text(need.goal), note: text(need.note), choice, candidates, history });
  }
  return { version: VERSION, name: text(raw.name), needs };
}

function copy(plan) {
  return structuredClone(plan);
}

export function findNeed(plan, area) {
  return plan.needs.find((need) => need.area === area) || null;
}

export function addNeed(plan, area) {
  if (findNeed(plan, area)) return plan;
  const next = copy(plan);
  next.needs.push({ area, goal: "", note: "", choice: null, candidates: [], history: [] });
  return next;
}

// Adds a mentor as a candidate for a need (adding the need too). The first mentor for a
// need becomes the choice; later ones wait as candidates until the mentee picks them.
// The mentor's name is kept too, so the plan can name them after their profile leaves the listings.
export function addCandidate(plan, area, slug, name = "") {
  const next = copy(addNeed(plan, area));
  const need = findNeed(next, area);
  if (need.candidates.some((c) => c.slug === slug)) return { plan, outcome: "already" };
  need.candidates.push(newCandidate(slug, name));
  if (!need.choice) {
    need.choice = slug;
    return { plan: next, outcome: "chosen" };
  }
  return { plan: next, outcome: "candidate" };
}

function newCandidate(slug, name) {
  return { slug, name: text(name).slice(0, MAX_NAME), mode: "", message: "", ...dates({}, DATES), rhythm: "" };
}

// Names for candidates added before plans kept them, from the mentors still listed; the same
// plan when nothing was missing.
export function rememberNames(plan, nameOf) {
  const missing = plan.needs.some((need) => need.candidates.some((c) => !c.name && nameOf(c.slug)));
  if (!missing) return plan;
  const next = copy(plan);
  for (const candidate of next.needs.flatMap((need) => need.candidates)) {
    if (!candidate.name) candidate.name = nameOf(candidate.slug) || "";
  }
  return next;
}

export function choose(plan, area, slug) {
  const next = copy(plan);
  const need = findNeed(next, area);
  if (need && need.candidates.some((c) => c.slug === slug)) need.choice = slug;
  return next;
}

// Removing the choice leaves the need without one, unless a single candidate is left.
export function removeCandidate(plan, area, slug) {
  const next = copy(plan);
  const need = findNeed(next, area);
  if (!need) return next;
  need.candidates = need.candidates.filter((c) => c.slug !== slug);
  if (need.choice === slug) need.choice = need.candidates.length === 1 ? need.candidates[0].slug : null;
  return next;
}

export function removeNeed(plan, area) {
  const next = copy(plan);
  next.needs = next.needs.filter((need) => need.area !== area);
  return next;
}

export function moveNeed(plan, area, step) {
  const next = copy(plan);
  const from = next.needs.findIndex((need) => need.area === area);
  const to = from + step;
  if (from < 0 || to < 0 || to >= next.needs.length) return plan;
  const [need] = next.needs.splice(from, 1);
  next.needs.splice(to, 0, need);
  return next;
}

export function updateNeed(plan, area, fields) {
  const next = copy(plan);
  Object.assign(findNeed(next, area), fields);
  return next;
}

export function updateCandidate(plan, area, slug, fields) {
  const next = copy(plan);
  Object.assign(findNeed(next, area).candidates.find((c) => c.slug === slug), fields);
  return next;
}

// A share link carries needs, mentors, goals and dates, never private notes or messages.
export function forSharing(plan) {
  return {
    version: VERSION,
    name: plan.name,
    needs: plan.needs.map((need) => ({
      area: need.area,
      goal: need.goal,
      note: "",
      choice: need.choice,
      candidates: need.candidates.map((c) => ({ ...c, message: "" })),
      history: need.history,
    })),
  };
}

export function encodeShare(plan) {
  const bytes = new TextEncoder().encode(JSON.stringify(forSharing(plan)));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeShare(encoded) {
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return normalizePlan(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

// Reading window.localStorage itself throws where a browser blocks storage, hence the try blocks.
export function loadPlan() {
  try {
    return normalizePlan(JSON.parse(window.localStorage.getItem(STORAGE_KEY))) || emptyPlan();
  } catch {
    return emptyPlan();
  }
}

// False when the browser refuses storage (private modes, full disk): the plan then lasts
// only until the page closes, and the page says so.
export function savePlan(plan) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(plan));
    return true;
  } catch {
    return false;
  }
}

// Another tab changed the plan (a mentor added from the directory, say).
export function onPlanChangedElsewhere(callback) {
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY || event.key === null) callback(loadPlan());
  });
}

export function clearPlan() {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
