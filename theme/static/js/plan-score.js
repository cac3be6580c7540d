// "Help me choose": ranks mentors for a mentee's answers, with the reasons behind each
// score. Pure functions over the records, so the ranking can be read, tested and trusted.
//
// Identity is used only when the mentee opts in (answers.useIdentity) and only matches
// identities a mentor chose to share on their profile.

import { AREA, IDENTITY, LANGUAGE, LIBRARY_TYPE, MODE, REGION } from "./facet-keys.js";

export const POINTS = {
  need: 3,
  libraryType: 2,
  sameTimezone: 2,
  nearTimezone: 1,
  region: 1,
  mode: 1,
  language: 2,
  identity: 2,
  unavailable: -6,
  stale: -1,
};
// When the mentee says career alignment (or a shared identity) matters more, that side counts double.
export const EMPHASIS = 2;
export const NEAR_MINUTES = 180;

// The reason given for a shared kind of workplace; a program words its own (planner.match in
// its vocabulary file), with {term} where the lower-cased term goes.
export const KIND_MATCH = "works in {term} libraries like you";

// answers: { needs: [], library: "", region: "", utc: null | minutes, modes: [],
//            language: "", useIdentity: false, identities: [], priority: "career" | "identity" }
// label(key, value) gives a term's label; mentor is a record as records.js indexes it.
export function scoreMentor(mentor, answers, label, kindMatch = KIND_MATCH) {
  const facets = mentor.facets;
  const has = (key, value) => (facets[key] || []).includes(value);
  const reasons = [];
  const add = (points, text) => reasons.push({ points, text });

  const needs = answers.needs.filter((need) => has(AREA, need));
  if (needs.length) add(POINTS.need * needs.length, `mentors in ${joinWords(needs.map((need) => label(AREA, need)))}`);

  const identityOn = answers.useIdentity === true;
  const careerWeight = identityOn && answers.priority === "career" ? EMPHASIS : 1;
  const identityWeight = identityOn && answers.priority === "identity" ? EMPHASIS : 1;
  if (answers.library && has(LIBRARY_TYPE, answers.library)) {
    add(POINTS.libraryType * careerWeight, kindMatch.replace("{term}", label(LIBRARY_TYPE, answers.library).toLowerCase()));
  }
  if (answers.utc !== null && answers.utc !== undefined && typeof mentor.utc === "number") {
    const apart = Math.abs(mentor.utc - answers.utc);
    if (apart === 0) add(POINTS.sameTimezone, "shares your time zone");
    else if (apart <= NEAR_MINUTES) add(POINTS.nearTimezone, `is ${hours(apart)} from your time zone`);
  }
  if (answers.region && has(REGION, answers.region)) add(POINTS.region, `is in your region, ${label(REGION, answers.region)}`);
  const modes = answers.modes.filter((mode) => has(MODE, mode));
  if (modes.length) add(POINTS.mode, `meets by ${joinWords(modes.map((mode) => label(MODE, mode).toLowerCase()))}`);
  if (answers.language && has(LANGUAGE, answers.language)) add(POINTS.language, `mentors in ${label(LANGUAGE, answers.language)}`);
  if (identityOn) {
    const shared = answers.identities.filter((identity) => has(IDENTITY, identity));
    if (shared.length) {
      add(POINTS.identity * identityWeight * shared.length,
        `shares ${shared.length === 1 ? "an identity" : "identities"} you chose: ${joinWords(shared.map((identity) => label(IDENTITY, identity)))}`);
    }
  }

  if (!mentor.accepting) add(POINTS.unavailable, "is not taking new mentees right now");
  else if (mentor.capacity === 0) add(POINTS.unavailable, "has no room for new mentees right now");
  if (mentor.stale) add(POINTS.stale, "profile may be out of date");

  return { slug: mentor.slug, score: reasons.reduce((sum, reason) => sum + reason.points, 0), reasons, needsCovered: needs.length };
}

// The ordering rule the page states (planner.html, "How the ranking works"): mentors
// covering more of the chosen needs come first, so one covering none never ranks above one
// covering one; among mentors covering as many, highest score first; equal scores keep the
// directory's order (by name).
export function rankMentors(mentors, answers, label, kindMatch = KIND_MATCH) {
  return mentors
    .map((mentor, position) => ({ ...scoreMentor(mentor, answers, label, kindMatch), position }))
    .sort((a, b) => (b.needsCovered - a.needsCovered) || (b.score - a.score) || (a.position - b.position));
}

// "shares your time zone; meets by video call" and, apart, "but: is not taking new mentees right now".
export function explain(result) {
  const good = result.reasons.filter((reason) => reason.points > 0).map((reason) => reason.text);
  const bad = result.reasons.filter((reason) => reason.points < 0).map((reason) => reason.text);
  return { good: good.join("; "), bad: bad.join("; ") };
}

export function joinWords(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function hours(minutes) {
  const value = minutes / 60;
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text} hour${value === 1 ? "" : "s"}`;
}
