// Brings the results, the filter counts and the chips in line with a state of the form:
// loads the mentors and the search index the first time they are needed, then works out
// what matches and shows it. Tells the ready signal when it starts and when it is done.
import { focusAfterRemoving, showActiveFilters } from "./active-chips.js";
import { matchAndCount, showCounts, tickedFlags } from "./filter-counts.js";
import { openSelectedGroups, readForm } from "./form-state.js";
import { mentorPool } from "./mentor-pool.js";
import { isNear, myTimeZone, offsetMinutes, showTimeApart, timeApart } from "./near-me.js";
import { showCards, showTotals, sortMentors } from "./results-list.js";
import { loadSearch, search } from "./search.js";
import { showSearchHelp } from "./search-help.js";

// changed(push) is what a removed chip calls: the entry module records it in the address.
export function liveResults(root, ui, signal, changed) {
  const facetKeys = [...ui.options.keys()];
  const pool = mentorPool(root, ui);
  const pageSize = Number(root.dataset.pageSize) || 48;
  let mentors = [];
  let label = (key, value) => value;
  let scores = null;
  let found = null; // the search's answer beyond scores (see search.js)
  let limit = pageSize;

  function loadSearchIndex() {
    return loadSearch(root.dataset.lunr, root.dataset.index);
  }

  // Shows the cards for the form's current state; returns that state, or null when a
  // newer keystroke arrived while the search was loading (that keystroke refreshes).
  async function refresh() {
    signal.busy();
    limit = pageSize;
    const state = readForm(ui);
    try {
      ({ mentors, label } = await pool.load());
    } catch (error) {
      console.warn("Live filtering is unavailable:", error);
      ui.filterProblem.hidden = false;
      signal.ready();
      return null;
    }
    if (state.q) {
      const typed = ui.search.value;
      let result;
      try {
        await loadSearchIndex();
        if (ui.search.value !== typed) return null; // a newer keystroke will refresh
        result = await search(typed); // fetches the index shards the words need
      } catch (error) {
        console.warn("Search is unavailable:", error);
        ui.searchProblem.hidden = false;
        scores = null;
        found = null;
        render(state);
        signal.ready();
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
    signal.ready();
    return state;
  }

  function render(state) {
    const ticked = tickedFlags(ui, facetKeys, state.filters);
    const mine = state.near ? offsetMinutes(myTimeZone()) : null;
    const near = mine === null ? mentors : mentors.filter((mentor) => isNear(mentor.offset, mine, state.near));
    const { matching, counts } = matchAndCount(ui, facetKeys, near, ticked, scores);
    showCounts(ui, facetKeys, counts, ticked);
    const showing = sortMentors(matching, state.sort, scores).slice(0, limit);
    for (const mentor of showing) showTimeApart(mentor.card, mine === null ? null : timeApart(mentor.offset, mine));
    showCards(ui, showing.map((mentor) => mentor.card));
    showTotals(ui, { matching: matching.length, shown: showing.length, pageSize });
    showSearchHelp(ui, found, showing, matching.length, applyFilter);
    showActiveFilters(ui, state, label, (index) => {
      changed(true).then(() => focusAfterRemoving(ui, index));
    });
  }

  // A filter the search help offers ("BIPOC" offers the identity filter): ticked in place
  // of the words; false when the page has no such box.
  function applyFilter(key, value) {
    const box = ui.form.querySelector(`input[name="${CSS.escape(key)}"][value="${CSS.escape(value)}"]`);
    if (!box) return false;
    box.checked = true;
    ui.search.value = "";
    openSelectedGroups(ui, readForm(ui));
    changed(true);
    return true;
  }

  // "Show more": keyboard and screen reader users continue from the first card just shown.
  function showMore() {
    signal.busy();
    const first = limit;
    limit += pageSize;
    render(readForm(ui));
    ui.list.children[first]?.querySelector(".card-name a")?.focus();
    signal.ready();
  }

  return { refresh, showMore, loadSearchIndex, loadMentors: () => pool.load() };
}
