// "Add to my mentors" on cards and mentor pages (hidden in the HTML, shown here).
//
// Asks which of the mentor's areas the mentee wants them for, unless the page already
// says: a directory filter or topic page naming exactly one of the mentor's areas, or a
// mentor with a single area. The plan is saved in this browser only.
import { el } from "./dom.js";
import { AREA } from "./facet-keys.js";
import { addCandidate, findNeed, loadPlan, savePlan } from "./plan-model.js";
import { loadRecords } from "./records.js";

const link = document.querySelector("[data-planner-link]");
if (link) {
  enhance(document);
  // The directory swaps in every card when a mentee starts filtering; enhance those too.
  document.addEventListener("mentor-cards-added", (event) => enhance(event.detail));
}

// Shows the buttons at once; the records (names, areas, labels) are fetched only when a
// mentee presses one, or to say which need a mentor is already planned for.
function enhance(container) {
  const boxes = [...container.querySelectorAll("[data-plan-add]")];
  if (!boxes.length) return;
  const planned = new Set(loadPlan().needs.flatMap((need) => need.candidates.map((c) => c.slug)));
  for (const box of boxes) {
    box.hidden = false;
    const status = box.querySelector("[role=status]");
    box.querySelector("button").addEventListener("click", () => {
      withRecords((records) => {
        const mentor = records.bySlug.get(box.dataset.mentor);
        if (mentor) return addMentor(mentor, records, status);
        status.textContent = "This mentor cannot be added right now.";
        return null;
      });
    });
    if (planned.has(box.dataset.mentor)) withRecords((records) => sayPlanned(box.dataset.mentor, records, status));
  }
}

function withRecords(use) {
  return loadRecords(link.dataset.records).then(use)
    .catch((error) => console.warn("Adding to your mentors is unavailable:", error));
}

function sayPlanned(slug, records, status) {
  const inPlan = loadPlan().needs.filter((need) => need.candidates.some((c) => c.slug === slug));
  if (!inPlan.length) return;
  const needs = inPlan.map((need) => records.label(AREA, need.area)).join(", ");
  status.replaceChildren(`In your mentors for ${needs}. `, planLink());
}

// Areas the page is about: ?area= filters on the directory, or the topic page's area.
function pageNeeds(box) {
  const topic = box.closest("[data-plan-need]");
  if (topic) return [topic.dataset.planNeed];
  return new URLSearchParams(location.search).getAll(AREA);
}

export async function addMentor(mentor, records, status, hint = null) {
  const areas = mentor.facets[AREA] || [];
  const named = (hint ? [hint] : pageNeeds(status)).filter((area) => areas.includes(area));
  let area = named.length === 1 ? named[0] : areas.length === 1 ? areas[0] : null;
  if (!area) area = await askArea(mentor, areas, records, named);
  if (!area) return null;
  const { plan, outcome } = addCandidate(loadPlan(), area, mentor.slug, mentor.name);
  const saved = savePlan(plan);
  const need = records.label(AREA, area);
  const choice = records.bySlug.get(findNeed(plan, area).choice);
  const text = {
    chosen: `Added as your choice for ${need}.`,
    candidate: `Added as a candidate for ${need}; your choice there is still ${choice ? choice.name : "open"}.`,
    already: `Already in your mentors for ${need}.`,
  }[outcome];
  status.replaceChildren(saved ? `${text} ` : "This browser does not let the site keep your plan. ", planLink());
  return { area, outcome };
}

function planLink() {
  return el("a", { href: link.href }, "See my mentors");
}

// A modal dialog with one radio button per area; resolves to the area, or null on cancel.
// It starts on an area the page names, else on one of the mentee's needs, else the first.
function askArea(mentor, areas, records, named) {
  const plan = loadPlan();
  const preferred = named[0] || plan.needs.map((need) => need.area).find((area) => areas.includes(area)) || areas[0];
  const fieldset = el("fieldset", {}, el("legend", {}, "Which need is this mentor for?"));
  for (const area of areas) {
    const input = el("input", { type: "radio", name: "area", value: area, id: `plan-area-${area}`, checked: area === preferred });
    const label = el("label", { htmlFor: input.id }, records.label(AREA, area));
    if (findNeed(plan, area)) label.append(" (already one of your needs)");
    fieldset.append(el("p", { className: "checkbox-row" }, input, label));
  }
  const form = el("form", { method: "dialog" },
    el("h2", { id: "plan-dialog-title" }, `Add ${mentor.name} to my mentors`),
    fieldset,
    el("p", { className: "plan-dialog-actions" },
      el("button", { value: "add" }, "Add"),
      el("button", { value: "cancel", className: "button-secondary" }, "Cancel")));
  const dialog = el("dialog", { className: "plan-dialog", "aria-labelledby": "plan-dialog-title" }, form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const picked = dialog.returnValue === "add" ? form.elements.area.value || null : null;
      dialog.remove();
      resolve(picked);
    });
    dialog.showModal();
    fieldset.querySelector("input:checked").focus();
  });
}
