// Every listed mentor as live filtering needs them: place in name order, date reviewed,
// facet values as checkbox numbers, today's UTC offset (null without a time zone), and
// their card. Loaded once, when the mentee first
// searches, filters or sorts, so the first view of the directory stays small.
import { everyCard } from "./all-cards.js";
import { el } from "./dom.js";
import { optionNumbers } from "./directory-parts.js";
import { offsetMinutes } from "./near-me.js";
import { loadRecords } from "./records.js";

// load() resolves to { mentors, label }; after a failure the next call tries again.
export function mentorPool(root, ui) {
  const facetKeys = [...ui.options.keys()];
  let loading = null;

  async function loadAll() {
    const records = await loadRecords(root.dataset.records);
    if (ui.cards.size < Number(root.dataset.listed)) {
      // Kept off the page until shown: a list holding thousands of hidden cards makes
      // every change to it cost time in proportion to all of them.
      const shelf = el("ol");
      shelf.append(...await everyCard(root.dataset.allCards));
      ui.cards = new Map([...shelf.children].map((li) => [li.dataset.slug, li]));
      ui.list.removeAttribute("start");
      if (ui.pager) ui.pager.hidden = true;
      document.dispatchEvent(new CustomEvent("mentor-cards-added", { detail: shelf }));
    }
    const mentors = records.mentors.map((record) => ({
      slug: record.slug,
      reviewed: record.reviewed,
      position: record.position,
      values: facetKeys.map((key) => optionNumbers(ui, key, record.facets[key] || [])),
      offset: record.zone ? offsetMinutes(record.zone) : null,
      card: ui.cards.get(record.slug),
    })).filter((mentor) => mentor.card);
    return { mentors, label: records.label };
  }

  return {
    load() {
      if (!loading) {
        loading = loadAll();
        loading.catch(() => { loading = null; });
      }
      return loading;
    },
  };
}
