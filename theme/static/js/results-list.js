// The results: in the order asked for, a page at a time ("Show more": laying out thousands
// of cards at once would take seconds on a phone), with the count and, when nothing
// matches, the advice the page holds for that.

// scores: slug -> search score, or null when nothing is searched for.
export function sortMentors(list, sort, scores) {
  const byName = (a, b) => a.position - b.position;
  if (sort === "reviewed") {
    return [...list].sort((a, b) => (b.reviewed > a.reviewed ? 1 : b.reviewed < a.reviewed ? -1 : byName(a, b)));
  }
  if (sort === "best" && scores !== null) {
    return [...list].sort((a, b) => (scores.get(b.slug) - scores.get(a.slug)) || byName(a, b));
  }
  return list; // already in name order, as the records are
}

// The list holds only the cards shown, so changing it costs the same at any size; once
// live, cards out of view are laid out only when scrolled near (see directory.css).
export function showCards(ui, cards) {
  const current = ui.list.children;
  if (current.length === cards.length && cards.every((card, i) => current[i] === card)) return;
  ui.list.classList.add("live");
  ui.list.replaceChildren(...cards);
}

export function showTotals(ui, { matching, shown, pageSize }) {
  const more = Math.min(pageSize, matching - shown);
  ui.more.hidden = more <= 0;
  ui.more.textContent = `Show ${more} more ${more === 1 ? "mentor" : "mentors"}`;
  const text = `${matching} ${matching === 1 ? "mentor" : "mentors"}`;
  if (ui.count.textContent !== text) ui.count.textContent = text;
  if (ui.toResults) ui.toResults.textContent = `Show ${text}`;
  ui.noResults.hidden = matching !== 0;
}

// Whether every card of the list within the viewport has been drawn: in the live list the
// browser draws cards only once they come near the viewport (content-visibility: auto).
export function cardsInViewDrawn(list) {
  return [...list.children].every((card) => {
    const box = card.getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < window.innerHeight;
    return !inView || card.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
  });
}
