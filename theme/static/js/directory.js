// Live search and filtering for the directory page: reveals the filter form and connects
// it, the address and the results (live-results.js does the work).
//
// The page works without this file: the directory lists mentors a page at a time and the
// browse links lead to one page per topic. These scripts only show, hide and reorder cards
// built by the site; they never build HTML from profile text.
import { findParts } from "./directory-parts.js";
import { fillForm, openSelectedGroups } from "./form-state.js";
import { liveResults } from "./live-results.js";
import { myTimeZone } from "./near-me.js";
import { readySignal } from "./ready-signal.js";
import { cardsInViewDrawn } from "./results-list.js";
import { readState, toQuery, writeState } from "./url-state.js";

// Matches the CSS breakpoint where the filters move beside the results.
const WIDE = "(min-width: 40.0625rem)";
// How long typing pauses before the results follow, in milliseconds.
const TYPING_PAUSE = 80;

const root = document.querySelector(".directory");
// <html data-directory="busy|ready">: the contract is in ready-signal.js.
const signal = readySignal("directory", () => cardsInViewDrawn(root.querySelector("#mentor-list")));
if (root) {
  signal.busy();
  start(root).catch((error) => {
    // Leave the page as it works without JavaScript, and say why in the console.
    console.warn("Live filtering is unavailable:", error);
    signal.ready();
  });
}

async function start(root) {
  const ui = findParts(root);
  const facetKeys = [...ui.options.keys()];
  const results = liveResults(root, ui, signal, changed);

  // The address follows what is shown: a new history entry for a filter, sort or chip
  // change (kept even if typing overtakes it), the same entry while typing.
  let pushPending = false;
  async function changed(push) {
    pushPending = pushPending || push;
    const state = await results.refresh();
    if (state === null) return;
    writeState(state, pushPending);
    pushPending = false;
  }

  // Reveal the enhanced controls; the cards on the page stay as the build wrote them until
  // the mentee asks for something else (or the address already does).
  const initial = readState(location.search, facetKeys);
  fillForm(ui, initial);
  ui.form.hidden = false;
  ui.sortBox.hidden = false;
  // "Near me" needs the browser's time zone, which only a script can read.
  const zone = myTimeZone();
  if (ui.nearBox && zone) {
    ui.myZone.textContent = zone.replaceAll("_", " ");
    ui.nearBox.hidden = false;
  }
  ui.apply.hidden = true;
  if (ui.toResults) ui.toResults.hidden = false;
  if (ui.browse) ui.browse.hidden = true;
  // Beside the results the filters are always open; on a phone they start folded away
  // (the chips above the results say what is selected) so the results are in view.
  const wide = window.matchMedia(WIDE);
  ui.disclosure.open = wide.matches;
  wide.addEventListener("change", () => { if (wide.matches) ui.disclosure.open = true; });
  openSelectedGroups(ui, initial);
  if (toQuery(initial)) await results.refresh();
  else signal.ready();

  ui.search.addEventListener("focus", () => { signal.during(results.loadSearchIndex()).catch(() => {}); }, { once: true });
  root.addEventListener("focusin", () => { signal.during(results.loadMentors()).catch(() => {}); }, { once: true });
  // Busy from the keystroke on, through the pause that waits for the next one.
  let typing;
  let typingDone = null;
  ui.search.addEventListener("input", () => {
    signal.busy();
    typingDone ??= signal.hold();
    clearTimeout(typing);
    typing = setTimeout(() => {
      const release = typingDone;
      typingDone = null;
      changed(false);
      release();
    }, TYPING_PAUSE);
  });
  ui.form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) changed(true);
  });
  ui.sort.addEventListener("change", () => changed(true));
  ui.more.addEventListener("click", results.showMore);
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    changed(true);
  });
  ui.clearAll.addEventListener("click", () => {
    fillForm(ui, { q: "", filters: new Map(), near: "", sort: ui.sort.value });
    changed(true).then(() => ui.heading.focus());
  });
  ui.toResults?.addEventListener("click", () => {
    ui.disclosure.open = false;
    ui.heading.focus();
    ui.heading.scrollIntoView({ block: "start" });
  });
  window.addEventListener("popstate", () => {
    const state = readState(location.search, facetKeys);
    fillForm(ui, state);
    openSelectedGroups(ui, state);
    results.refresh();
  });
}
