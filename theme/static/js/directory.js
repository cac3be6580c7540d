// Live search and filtering for the directory page.
//
// The page works without this file: the directory lists mentors a page at a time and the
// browse links lead to one page per topic. This module reveals the filter form and then
// only shows, hides and reorders cards built by the site; it never builds HTML from
// profile text. The filter records, and every card when the page holds only some, are
// fetched when the mentee first searches, filters or sorts, so the first view stays small.
import { loadSearch, searchScores } from "./search.js";
import { readState, toQuery, writeState } from "./url-state.js";

// Matches the CSS breakpoint where the filters move beside the results.
const WIDE = "(min-width: 40.0625rem)";

const root = document.querySelector(".directory");
if (root) {
  start(root).catch((error) => {
    // Leave the page as it works without JavaScript, and say why in the console.
    console.warn("Live filtering is unavailable:", error);
  });
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

// Every listed mentor's card, from the all-mentors page the build writes beside the
// directory. Links are made absolute, since this page may be /page/2/.
async function everyCard(url) {
  const response = await fetchOk(url);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const cards = [...page.querySelectorAll("#mentor-list > li.card[data-slug]")];
  for (const element of page.querySelectorAll("#mentor-list [href], #mentor-list [src]")) {
    for (const attribute of ["href", "src"]) {
      const value = element.getAttribute(attribute);
      if (value !== null) element.setAttribute(attribute, new URL(value, response.url).href);
    }
  }
  return cards.map((card) => document.importNode(card, true));
}

async function start(root) {
  const ui = findParts(root);
  const facetKeys = [...new Set([...ui.form.querySelectorAll("details.facet[data-facet]")].map((d) => d.dataset.facet))];
  let mentors = [];
  let labels = new Map();
  let scores = null;
  let loading = null;
  const pageSize = Number(root.dataset.pageSize) || 48;
  let limit = pageSize;

  function loadAll() {
    if (!loading) {
      loading = (async () => {
        const records = await (await fetchOk(root.dataset.records)).json();
        if (ui.cards.size < Number(root.dataset.listed)) {
          const cards = await everyCard(root.dataset.allCards);
          ui.list.replaceChildren(...cards);
          ui.list.removeAttribute("start");
          if (ui.pager) ui.pager.hidden = true;
          ui.cards = new Map(cards.map((li) => [li.dataset.slug, li]));
          document.dispatchEvent(new CustomEvent("mentor-cards-added", { detail: ui.list }));
        }
        mentors = records.mentors.map((record, position) => ({
          ...record,
          position,
          card: ui.cards.get(record.slug),
        })).filter((mentor) => mentor.card);
        labels = new Map(records.facets.map((facet) => [facet.key, new Map(facet.terms)]));
      })();
      loading.catch(() => { loading = null; });
    }
    return loading;
  }

  function currentState() {
    const filters = new Map();
    for (const box of ui.form.querySelectorAll("input[type=checkbox]:checked")) {
      if (!filters.has(box.name)) filters.set(box.name, new Set());
      filters.get(box.name).add(box.value);
    }
    return { q: ui.search.value.trim(), filters, sort: ui.sort.value };
  }

  function applyState(state) {
    ui.search.value = state.q;
    for (const box of ui.form.querySelectorAll("input[type=checkbox]")) {
      box.checked = Boolean(state.filters.get(box.name)?.has(box.value));
    }
    ui.sort.value = state.sort;
  }

  // Shows the cards for the form's current state; returns that state, or null when a
  // newer keystroke arrived while the search was loading (that keystroke refreshes).
  async function refresh() {
    limit = pageSize;
    const state = currentState();
    try {
      await loadAll();
    } catch (error) {
      console.warn("Live filtering is unavailable:", error);
      ui.filterProblem.hidden = false;
      return null;
    }
    if (state.q) {
      const typed = ui.search.value;
      try {
        await loadSearch(root.dataset.lunr, root.dataset.index);
      } catch (error) {
        console.warn("Search is unavailable:", error);
        ui.searchProblem.hidden = false;
        scores = null;
        render(state);
        return state;
      }
      if (ui.search.value !== typed) return null; // a newer keystroke will refresh
      scores = searchScores(typed);
    } else {
      scores = null;
    }
    render(state);
    return state;
  }

  function passes(mentor, key, selected) {
    if (!selected || selected.size === 0) return true;
    return (mentor.facets[key] || []).some((value) => selected.has(value));
  }

  // Cards are shown a page at a time ("Show more"): laying out thousands of cards at once
  // would take seconds on a phone.
  function render(state) {
    const inSearch = (mentor) => scores === null || scores.has(mentor.slug);
    const visible = mentors.filter((mentor) => inSearch(mentor)
      && facetKeys.every((key) => passes(mentor, key, state.filters.get(key))));
    updateCounts(state, inSearch);
    const showing = sortMentors(visible, state).slice(0, limit);
    const shown = new Set(showing.map((mentor) => mentor.slug));
    for (const mentor of mentors) {
      const hide = !shown.has(mentor.slug);
      if (mentor.card.hidden !== hide) mentor.card.hidden = hide;
    }
    reorder(showing);
    const n = visible.length;
    const more = Math.min(pageSize, n - showing.length);
    ui.more.hidden = more <= 0;
    ui.more.textContent = `Show ${more} more ${more === 1 ? "mentor" : "mentors"}`;
    const text = `${n} ${n === 1 ? "mentor" : "mentors"}`;
    if (ui.count.textContent !== text) ui.count.textContent = text;
    if (ui.toResults) ui.toResults.textContent = `Show ${text}`;
    ui.noResults.hidden = n !== 0;
    const selected = [...state.filters.values()].reduce((sum, values) => sum + values.size, 0);
    if (ui.tally) ui.tally.textContent = selected ? `(${selected} selected)` : "";
    renderChips(state);
  }

  function updateCounts(state, inSearch) {
    for (const key of facetKeys) {
      const counts = new Map();
      for (const mentor of mentors) {
        if (!inSearch(mentor)) continue;
        const others = facetKeys.every((other) => other === key || passes(mentor, other, state.filters.get(other)));
        if (!others) continue;
        for (const value of mentor.facets[key] || []) counts.set(value, (counts.get(value) || 0) + 1);
      }
      for (const box of ui.form.querySelectorAll(`input[type=checkbox][name="${CSS.escape(key)}"]`)) {
        const n = counts.get(box.value) || 0;
        const counter = box.parentElement.querySelector("[data-count]");
        if (counter) counter.textContent = `(${n})`;
        box.parentElement.classList.toggle("is-empty", n === 0 && !box.checked);
      }
    }
  }

  function sortMentors(list, state) {
    const byName = (a, b) => a.position - b.position;
    if (state.sort === "reviewed") {
      return [...list].sort((a, b) => (b.reviewed > a.reviewed ? 1 : b.reviewed < a.reviewed ? -1 : byName(a, b)));
    }
    if (state.sort === "best" && scores !== null) {
      return [...list].sort((a, b) => (scores.get(b.slug) - scores.get(a.slug)) || byName(a, b));
    }
    return [...list].sort(byName);
  }

  // Moves only the shown cards, in order, to the front of the list.
  function reorder(showing) {
    const current = [...ui.list.children].slice(0, showing.length);
    if (current.every((li, i) => li === showing[i].card)) return;
    const fragment = document.createDocumentFragment();
    for (const mentor of showing) fragment.append(mentor.card);
    ui.list.prepend(fragment);
  }

  function renderChips(state) {
    const chips = [];
    if (state.q) chips.push({ text: `Search: “${state.q}”`, remove: () => { ui.search.value = ""; } });
    for (const [key, values] of state.filters) {
      for (const value of values) {
        const label = labels.get(key)?.get(value) || value;
        chips.push({
          text: label,
          remove: () => { ui.form.querySelector(`input[name="${CSS.escape(key)}"][value="${CSS.escape(value)}"]`).checked = false; },
        });
      }
    }
    ui.chips.replaceChildren(...chips.map((chip, index) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "chip";
      const hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = "Remove filter: ";
      const mark = document.createElement("span");
      mark.setAttribute("aria-hidden", "true");
      mark.className = "chip-x";
      mark.textContent = "×";
      button.append(hidden, chip.text, mark);
      button.addEventListener("click", () => {
        chip.remove();
        changed(true).then(() => focusAfterRemoving(index));
      });
      item.append(button);
      return item;
    }));
    ui.active.hidden = chips.length === 0;
  }

  function focusAfterRemoving(index) {
    const buttons = ui.chips.querySelectorAll("button");
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next || ui.heading).focus();
  }

  // The address follows what is shown: a new history entry for a filter, sort or chip
  // change (kept even if typing overtakes it), the same entry while typing.
  let pushPending = false;
  async function changed(push) {
    pushPending = pushPending || push;
    const state = await refresh();
    if (state === null) return;
    writeState(state, pushPending);
    pushPending = false;
  }

  function openSelectedGroups(state) {
    for (const key of state.filters.keys()) {
      const group = ui.form.querySelector(`details.facet[data-facet="${CSS.escape(key)}"]`);
      if (group) group.open = true;
    }
  }

  // Reveal the enhanced controls; the cards on the page stay as the build wrote them until
  // the mentee asks for something else (or the address already does).
  const initial = readState(location.search, facetKeys);
  applyState(initial);
  ui.form.hidden = false;
  ui.sortBox.hidden = false;
  ui.apply.hidden = true;
  if (ui.toResults) ui.toResults.hidden = false;
  if (ui.browse) ui.browse.hidden = true;
  // Beside the results the filters are always open; on a phone they start folded away
  // (the chips above the results say what is selected) so the results are in view.
  const wide = window.matchMedia(WIDE);
  ui.disclosure.open = wide.matches;
  wide.addEventListener("change", () => { if (wide.matches) ui.disclosure.open = true; });
  openSelectedGroups(initial);
  if (toQuery(initial)) await refresh();

  let typing;
  ui.search.addEventListener("focus", () => { loadSearch(root.dataset.lunr, root.dataset.index).catch(() => {}); }, { once: true });
  root.addEventListener("focusin", () => { loadAll().catch(() => {}); }, { once: true });
  ui.search.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => changed(false), 80);
  });
  ui.form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) changed(true);
  });
  ui.sort.addEventListener("change", () => changed(true));
  ui.more.addEventListener("click", () => {
    const first = limit;
    limit += pageSize;
    render(currentState());
    // Keyboard and screen reader users continue from the first card just shown.
    ui.list.children[first]?.querySelector(".card-name a")?.focus();
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    changed(true);
  });
  ui.clearAll.addEventListener("click", () => {
    applyState({ q: "", filters: new Map(), sort: ui.sort.value });
    changed(true).then(() => ui.heading.focus());
  });
  ui.toResults?.addEventListener("click", () => {
    ui.disclosure.open = false;
    ui.heading.focus();
    ui.heading.scrollIntoView({ block: "start" });
  });
  window.addEventListener("popstate", () => {
    const state = readState(location.search, facetKeys);
    applyState(state);
    openSelectedGroups(state);
    refresh();
  });
}

function findParts(root) {
  const list = root.querySelector("#mentor-list");
  const form = root.querySelector("#filters");
  return {
    form,
    list,
    cards: new Map([...list.querySelectorAll("li.card[data-slug]")].map((li) => [li.dataset.slug, li])),
    search: form.querySelector("input[type=search]"),
    sort: root.querySelector("#sort"),
    sortBox: root.querySelector(".sort"),
    apply: form.querySelector(".apply"),
    disclosure: form.querySelector(".filters-disclosure"),
    tally: form.querySelector(".filters-disclosure [data-tally]"),
    toResults: form.querySelector(".to-results"),
    searchProblem: form.querySelector(".search-problem"),
    filterProblem: root.querySelector(".filter-problem"),
    pager: root.querySelector(".pager"),
    more: root.querySelector(".show-more"),
    browse: root.querySelector(".browse"),
    count: root.querySelector("#result-count"),
    heading: root.querySelector("#results-heading"),
    noResults: root.querySelector(".no-results"),
    active: root.querySelector(".active-filters"),
    chips: root.querySelector(".active-filters .chips"),
    clearAll: root.querySelector(".active-filters .clear-all"),
  };
}
