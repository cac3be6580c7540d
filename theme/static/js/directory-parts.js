// The directory page's controls, found once: the scripts that filter, count and list
// mentors all work on these, and the page's markup is described in one place.

export function findParts(root) {
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
    near: form.querySelector("#near"),
    nearBox: form.querySelector(".near-me"),
    myZone: form.querySelector("[data-my-zone]"),
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

// Facet values as the numbers of the matching checkboxes, so counting is adding up small
// arrays; values with no checkbox are left out.
export function optionNumbers(ui, key, values) {
  const numbers = ui.optionNumber.get(key);
  return values.map((value) => numbers.get(value)).filter((number) => number !== undefined);
}
