// The search, filters and sort live in the address, so a search can be shared and the
// back button steps through it: ?q=tenure&area=leadership&area=tenure&mode=video&near=3&sort=name
import { NEAR_HOURS } from "./near-me.js";

const DEFAULT_SORT = "best";
const SORTS = new Set(["best", "name", "reviewed"]);

export function readState(search, facetKeys) {
  const params = new URLSearchParams(search);
  const filters = new Map();
  for (const key of facetKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters.set(key, new Set(values));
  }
  const sort = params.get("sort");
  const near = params.get("near");
  return { q: params.get("q") || "", filters, near: NEAR_HOURS.has(near) ? near : "", sort: SORTS.has(sort) ? sort : DEFAULT_SORT };
}

export function toQuery(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [key, values] of state.filters) for (const value of values) params.append(key, value);
  if (state.near) params.set("near", state.near);
  if (state.sort !== DEFAULT_SORT) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function writeState(state, push) {
  const url = `${location.pathname}${toQuery(state)}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}
