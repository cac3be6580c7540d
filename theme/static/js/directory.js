// Live search and filtering for the directory page.
//
// The page works without this file: the directory lists mentors a page at a time and the
// browse links lead to one page per topic. This module reveals the filter form and then
// only shows, hides and reorders cards built by the site; it never builds HTML from
// profile text. The filter records, and every card when the page holds only some, are
// fetched when the mentee first searches, filters or sorts, so the first view stays small.
import { loadSearch, search } from "./search.js";
import { showSearchHelp } from "./search-help.js";
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

// Every listed mentor's card, from the all-mentors pages the build writes beside the
// directory (the first lists the others, fetched together). Links are made absolute,
// since this page may be /page/2/.
async function everyCard(url) {
  const first = await cardPage(url);
  const others = [...first.page.querySelectorAll("[data-card-pages] a[href]:not([aria-current])")]
    .map((link) => new URL(link.getAttribute("href"), first.url).href);
  const pages = [first, ...await Promise.all(others.map(cardPage))];
  return pages.flatMap(({ page }) => [...page.querySelectorAll("#mentor-list > li.card[data-slug]")])
    .map((card) => document.importNode(card, true));
}

async function cardPage(url) {
  const response = await fetchOk(url);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  for (const element of page.querySelectorAll("#mentor-list [href], #mentor-list [src]")) {
    for (const attribute of ["href", "src"]) {
      const value = element.getAttribute(attribute);
      if (value !== null) element.setAttribute(attribute, new URL(value, response.url).href);
    }
  }
  return { page, url: response.url };
}

async function start(root) {
  const ui = findParts(root);
  const facetKeys = [...ui.options.keys()];
  let mentors = [];
  let labels = new Map();
  let scores = null;
  let found = null;
  let loading = null;
  const pageSize = Number(root.dataset.pageSize) || 48;
  let limit = pageSize;

  function loadAll() {
    if (!loading) {
      loading = (async () => {
        const records = await (await fetchOk(root.dataset.records)).json();
        if (ui.cards.size < Number(root.dataset.listed)) {
          // Kept off the page until shown: a list holding thousands of hidden cards makes
          // every change to it cost time in proportion to all of them.
          const shelf = document.createElement("ol");
          shelf.append(...await everyCard(root.dataset.allCards));
          ui.cards = new Map([...shelf.children].map((li) => [li.dataset.slug, li]));
          ui.list.removeAttribute("start");
          if (ui.pager) ui.pager.hidden = true;
          document.dispatchEvent(new CustomEvent("mentor-cards-added", { detail: shelf }));
        }
        mentors = records.mentors.map((record, position) => ({
          slug: record.slug,
          reviewed: record.reviewed,
          position,
          values: facetKeys.map((key) => optionNumbers(key, record.facets[key] || [])),
          card: ui.cards.get(record.slug),
        })).filter((mentor) => mentor.card);
        labels = new Map(records.facets.map((facet) => [facet.key, new Map(facet.terms)]));
      })();
      loading.catch(() => { loading = null; });
    }
    return loading;
  }

  // A mentor's facet values as the numbers of the matching checkboxes, so counting is
  // adding up small arrays.
  function optionNumbers(key, values) {
    const numbers = ui.optionNumber.get(key);
    return values.map((value) => numbers.get(value)).filter((number) => number !== undefined);
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
      let result;
      try {
        await loadSearch(root.dataset.lunr, root.dataset.index);
        if (ui.search.value !== typed) return null; // a newer keystroke will refresh
        result = await search(typed);
      } catch (error) {
        console.warn("Search is unavailable:", error);
        ui.searchProblem.hidden = false;
        scores = null;
        found = null;
        render(state);
        return state;
      }
      if (ui.search.value !== typed) return null; // a newer keystroke will refresh
      found = result;
      scores = found && found.scores;
    } else {
      scores = null;
      found = null;
    }
    render(state);
    return state;
  }

  // Cards are shown a page at a time ("Show more"): laying out thousands of cards at once
  // would take seconds on a phone. Each facet's counts are of the mentors that match the
  // search and every other facet, so a mentee sees what ticking one more box would give.
  function render(state) {
    const selected = facetKeys.map((key) => {
      const values = state.filters.get(key);
      if (!values || values.size === 0) return null;
      const flags = new Uint8Array(ui.options.get(key).length);
      for (const number of optionNumbers(key, [...values])) flags[number] = 1;
      return flags;
    });
    const matches = (numbers, wanted) => wanted === null || numbers.some((number) => wanted[number] === 1);
    const counts = facetKeys.map((key) => new Uint32Array(ui.options.get(key).length));
    const visible = [];
    for (const mentor of mentors) {
      if (scores !== null && !scores.has(mentor.slug)) continue;
      let failed = -1;
      let failures = 0;
      for (let k = 0; k < facetKeys.length && failures < 2; k += 1) {
        if (!matches(mentor.values[k], selected[k])) { failures += 1; failed = k; }
      }
      if (failures === 0) {
        visible.push(mentor);
        for (let k = 0; k < facetKeys.length; k += 1) {
          for (const number of mentor.values[k]) counts[k][number] += 1;
        }
      } else if (failures === 1) {
        for (const number of mentor.values[failed]) counts[failed][number] += 1;
      }
    }
    showCounts(counts, selected);
    const showing = sortMentors(visible, state).slice(0, limit);
    showCards(showing.map((mentor) => mentor.card));
    const n = visible.length;
    const more = Math.min(pageSize, n - showing.length);
    ui.more.hidden = more <= 0;
    ui.more.textContent = `Show ${more} more ${more === 1 ? "mentor" : "mentors"}`;
    const text = `${n} ${n === 1 ? "mentor" : "mentors"}`;
    if (ui.count.textContent !== text) ui.count.textContent = text;
    if (ui.toResults) ui.toResults.textContent = `Show ${text}`;
    ui.noResults.hidden = n !== 0;
    showSearchHelp(ui, found, showing, n, (key, value) => {
      const box = ui.form.querySelector(`input[name="${CSS.escape(key)}"][value="${CSS.escape(value)}"]`);
      if (!box) return false;
      box.checked = true;
      ui.search.value = "";
      openSelectedGroups(currentState());
      changed(true);
      return true;
    });
    const chosen = [...state.filters.values()].reduce((sum, values) => sum + values.size, 0);
    if (ui.tally) ui.tally.textContent = chosen ? `(${chosen} selected)` : "";
    renderChips(state);
  }

  // Only counts that changed are written, so a keystroke restyles few of the filters.
  function showCounts(counts, selected) {
    facetKeys.forEach((key, k) => {
      ui.options.get(key).forEach((option, number) => {
        const n = counts[k][number];
        const empty = n === 0 && !(selected[k] && selected[k][number] === 1);
        if (option.n !== n && option.counter) option.counter.textContent = `(${n})`;
        if (option.empty !== empty) option.item.classList.toggle("is-empty", empty);
        option.n = n;
        option.empty = empty;
      });
    });
  }

  function sortMentors(list, state) {
    const byName = (a, b) => a.position - b.position;
    if (state.sort === "reviewed") {
      return [...list].sort((a, b) => (b.reviewed > a.reviewed ? 1 : b.reviewed < a.reviewed ? -1 : byName(a, b)));
    }
    if (state.sort === "best" && scores !== null) {
      return [...list].sort((a, b) => (scores.get(b.slug) - scores.get(a.slug)) || byName(a, b));
    }
    return list; // already in name order, as the records are
  }

  // The list holds only the cards shown, so changing it costs the same at any size; once
  // live, cards out of view are laid out only when scrolled near (see directory.css).
  function showCards(cards) {
    const current = ui.list.children;
    if (current.length === cards.length && cards.every((card, i) => current[i] === card)) return;
    ui.list.classList.add("live");
    ui.list.replaceChildren(...cards);
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
  const options = facetOptions(form);
  return {
    form,
    list,
    cards: new Map([...list.querySelectorAll("li.card[data-slug]")].map((li) => [li.dataset.slug, li])),
    options,
    optionNumber: new Map([...options].map(([key, each]) => [key, new Map(each.map((option, number) => [option.value, number]))])),
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

// Each facet's checkboxes with their count and list item, and the count and emptiness last
// shown (unknown until the first refresh).
function facetOptions(form) {
  const options = new Map();
  for (const box of form.querySelectorAll("details.facet input[type=checkbox]")) {
    if (!options.has(box.name)) options.set(box.name, []);
    options.get(box.name).push({ value: box.value, item: box.parentElement, counter: box.parentElement.querySelector("[data-count]"), n: null, empty: null });
  }
  return options;
}
