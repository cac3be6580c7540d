// Which mentors match, and the count beside each filter. A mentor matches when the search
// found them and, in every facet with boxes ticked, has one of the ticked values (OR
// within a facet, AND across facets). Each count is of the mentors that match the search
// and every other facet, so a mentee sees what ticking one more box would give.
import { optionNumbers } from "./directory-parts.js";

// For each facet, flags by checkbox number for the ticked values (null: none ticked).
export function tickedFlags(ui, facetKeys, filters) {
  return facetKeys.map((key) => {
    const values = filters.get(key);
    if (!values || values.size === 0) return null;
    const flags = new Uint8Array(ui.options.get(key).length);
    for (const number of optionNumbers(ui, key, [...values])) flags[number] = 1;
    return flags;
  });
}

// scores: slug -> search score, or null when nothing is searched for.
export function matchAndCount(ui, facetKeys, mentors, ticked, scores) {
  const matches = (numbers, wanted) => wanted === null || numbers.some((number) => wanted[number] === 1);
  const counts = facetKeys.map((key) => new Uint32Array(ui.options.get(key).length));
  const matching = [];
  for (const mentor of mentors) {
    if (scores !== null && !scores.has(mentor.slug)) continue;
    let failed = -1;
    let failures = 0;
    for (let k = 0; k < facetKeys.length && failures < 2; k += 1) {
      if (!matches(mentor.values[k], ticked[k])) { failures += 1; failed = k; }
    }
    if (failures === 0) {
      matching.push(mentor);
      for (let k = 0; k < facetKeys.length; k += 1) {
        for (const number of mentor.values[k]) counts[k][number] += 1;
      }
    } else if (failures === 1) {
      for (const number of mentor.values[failed]) counts[failed][number] += 1;
    }
  }
  return { matching, counts };
}

// Only counts that changed are written, so a keystroke restyles few of the filters.
export function showCounts(ui, facetKeys, counts, ticked) {
  facetKeys.forEach((key, k) => {
    ui.options.get(key).forEach((option, number) => {
      const n = counts[k][number];
      const empty = n === 0 && !(ticked[k] && ticked[k][number] === 1);
      if (option.n !== n && option.counter) option.counter.textContent = `(${n})`;
      if (option.empty !== empty) option.item.classList.toggle("is-empty", empty);
      option.n = n;
      option.empty = empty;
    });
  });
}
