// What the directory says about a search beyond the cards: "matches 2 of 3 words" on
// partial matches, which words found nobody and the closest terms to try instead, and the
// filters a query names ("BIPOC" offers the identity filter). A zero-result search is
// never a dead end. Builds elements from our own text and filter labels, never HTML.
import { closestTerms } from "./search.js";

export function showSearchHelp(ui, found, shown, count, applyFilter) {
  const help = helpBox(ui);
  for (const card of shown) markPartial(card.card, found);
  if (!found) { help.replaceChildren(); help.hidden = true; return; }
  const parts = [];
  if (found.missing.length && found.words > 1 && count > 0) {
    parts.push(paragraph(`No mentor matches ${quoteList(found.missing)}; showing mentors who match your other words.`));
  }
  const offers = found.filters.filter((hint) => ui.form.querySelector(`input[name="${CSS.escape(hint.key)}"][value="${CSS.escape(hint.value)}"]`));
  if (offers.length) parts.push(filterOffer(offers, applyFilter, "Filter instead:"));
  if (count === 0) {
    const near = found.missing.flatMap((word) => closestTerms(word));
    parts.push(paragraph(`No mentor matches ${quoteList(found.missing.length ? found.missing : [ui.search.value.trim()])}.`));
    if (near.length) parts.push(filterOffer(near, applyFilter, "Closest terms:"));
  }
  help.replaceChildren(...parts);
  help.hidden = parts.length === 0;
}

function helpBox(ui) {
  if (!ui.searchHelp) {
    ui.searchHelp = document.createElement("div");
    ui.searchHelp.className = "search-help";
    ui.searchHelp.setAttribute("aria-live", "polite");
    ui.list.before(ui.searchHelp);
  }
  return ui.searchHelp;
}

function markPartial(card, found) {
  let note = card.querySelector(".partial-match");
  const matched = found && found.words > 1 ? found.matched.get(card.dataset.slug) || 0 : 0;
  if (!matched || matched === found.words) { if (note) note.remove(); return; }
  if (!note) {
    note = document.createElement("p");
    note.className = "partial-match";
    card.append(note);
  }
  note.textContent = `Matches ${matched} of ${found.words} words`;
}

function paragraph(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}

function quoteList(words) {
  return words.map((word) => `“${word}”`).join(", ");
}

function filterOffer(hints, applyFilter, lead) {
  const p = paragraph(`${lead} `);
  const seen = new Set();
  for (const hint of hints) {
    const id = `${hint.key}=${hint.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "search-help-term";
    button.textContent = hint.via && hint.via !== hint.label ? `${hint.label} (${hint.via})` : hint.label;
    button.addEventListener("click", () => applyFilter(hint.key, hint.value));
    p.append(button, " ");
  }
  return p;
}
