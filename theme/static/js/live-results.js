// Brings the results, the filter counts and the chips in line with a state of the form:
// loads the mentors and the search index the first time they are needed, then works out
// what matches and shows it. Tells the ready signal when it starts and when it is done.
import { focusAfterRemoving, showActiveFilters } from "./active-chips.js";
import { matchAndCount, showCounts, tickedFlags } from "./filter-counts.js";
import { readForm } from "./form-state.js";
import { mentorPool } from "./mentor-pool.js";
import { showCards, showTotals, sortMentors } from "./results-list.js";
import { loadSearch, searchScores } from "./search.js";

// changed(push) is what a removed chip calls: the entry module records it in the address.
export function liveResults(root, ui, signal, changed) {
  const facetKeys = [...ui.options.keys()];
  const pool = mentorPool(root, ui);
  const pageSize = Number(root.dataset.pageSize) || 48;
  let mentors = [];
  let label = (key, value) => value;
  let scores = null;
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
      try {
        await loadSearchIndex();
      } catch (error) {
        console.warn("Search is unavailable:", error);
        ui.searchProblem.hidden = false;
        scores = null;
        render(state);
        signal.ready();
        return state;
      }
      if (ui.search.value !== typed) return null; // a newer keystroke will refresh
      scores = searchScores(typed);
    } else {
      scores = null;
    }
    render(state);
    signal.ready();
    return state;
  }

  function render(state) {
    const ticked = tickedFlags(ui, facetKeys, state.filters);
    const { matching, counts } = matchAndCount(ui, facetKeys, mentors, ticked, scores);
    showCounts(ui, facetKeys, counts, ticked);
    const showing = sortMentors(matching, state.sort, scores).slice(0, limit);
    showCards(ui, showing.map((mentor) => mentor.card));
    showTotals(ui, { matching: matching.length, shown: showing.length, pageSize });
    showActiveFilters(ui, state, label, (index) => {
      changed(true).then(() => focusAfterRemoving(ui, index));
    });
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
