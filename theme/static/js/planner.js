// The "My mentoring network" page: needs, candidates and choices, gaps and warnings,
// introductions, and viewing a shared plan; plan-keep.js, plan-choose.js and plan-through.js
// (following up, the relationship over time, telling the organisers) add the rest.
//
// Without JavaScript the page says that planning needs it. Markup comes from <template>
// elements in the page; profile text is only ever set as text, never as HTML.
import {
  addNeed, choose, decodeShare, emptyPlan, loadPlan, moveNeed, onPlanChangedElsewhere,
  rememberNames, removeCandidate, removeNeed, savePlan, today, updateCandidate, updateNeed,
} from "./plan-model.js";
import { introBody, introSubject, mailtoHref } from "./plan-message.js";
import { el } from "./dom.js";
import { AREA, MODE } from "./facet-keys.js";
import { loadContact, warnings } from "./plan-records.js";
import { loadRecords } from "./records.js";
import { startChooser } from "./plan-choose.js";
import { startKeeping } from "./plan-keep.js";
import { readySignal } from "./ready-signal.js";
import { startFollowThrough } from "./plan-through.js";
import { readProgram } from "./plan-timeline.js";

const SHARE_PREFIX = "#plan=";

const root = document.querySelector("div[data-planner]");
// <html data-planner="busy|ready">, "ready" once the plan is rendered: the contract is in ready-signal.js.
const signal = readySignal("planner");
if (root) {
  signal.busy();
  loadRecords(root.dataset.records).then((records) => start(root, records)).catch((error) => {
    console.warn("The planner is unavailable:", error);
  }).finally(signal.ready);
}

function start(root, records) {
  const $ = (selector) => root.querySelector(selector);
  const ui = {
    needs: $("[data-needs]"),
    empty: $("[data-empty]"),
    status: $("[data-status]"),
    heading: $("#needs-heading"),
    addNeed: $("[data-add-need]"),
    name: $("[data-my-name]"),
    sharedBanner: $("[data-shared-banner]"),
    choose: $("[data-choose]"),
    ranking: $("[data-ranking]"),
    rankingHeading: $("[data-ranking-heading]"),
  };
  const areaOptions = new Map([...ui.addNeed.elements.area.options].map((o) => [o.value, { label: o.textContent, url: o.dataset.url }]));
  const siteRoot = new URL(root.dataset.siteRoot, location.href);
  const areaLabel = (area) => areaOptions.get(area)?.label || records.label(AREA, area);
  const nameOf = (slug) => records.bySlug.get(slug)?.name || "";
  let plan = rememberNames(loadPlan(), nameOf);
  let shared = readShared();
  const contactOf = new Map();

  function readShared() {
    return location.hash.startsWith(SHARE_PREFIX) ? decodeShare(location.hash.slice(SHARE_PREFIX.length)) : null;
  }

  function say(text) {
    ui.status.textContent = text;
  }

  const NOT_SAVED = "This browser does not let the site keep your plan, so it lasts only until you close the page: export it to keep it.";

  function store() {
    if (!savePlan(plan)) say(NOT_SAVED);
  }

  function commit(next, focus = null) {
    plan = next;
    store();
    render(focus);
  }

  // ----- rendering -----------------------------------------------------------------

  function render(focus = null) {
    const viewing = shared || plan;
    for (const section of root.querySelectorAll("[data-own-only]")) section.hidden = Boolean(shared);
    ui.sharedBanner.hidden = !shared;
    $("[data-replace-warning]").hidden = !shared || plan.needs.length === 0;
    $("[data-own-count]").textContent = count(plan.needs.length, "need");
    ui.heading.textContent = shared ? "Needs and mentors in the shared plan" : "My needs and mentors";
    ui.name.value = plan.name;
    ui.empty.hidden = viewing.needs.length > 0;
    ui.needs.replaceChildren(...viewing.needs.map((need, index) => (shared ? sharedNeed(need) : ownNeed(need, index))));
    for (const selector of [focus || []].flat()) {
      const target = root.querySelector(selector);
      if (target) {
        target.focus();
        break;
      }
    }
  }

  function ownNeed(need, index) {
    const item = document.getElementById("need-template").content.firstElementChild.cloneNode(true);
    const label = areaLabel(need.area);
    item.dataset.area = need.area;
    for (const span of item.querySelectorAll("[data-need-label]")) span.textContent = label;
    for (const span of item.querySelectorAll("[data-need-name]")) span.textContent = `: ${label}`;
    item.querySelector(".need-title").id = `need-${need.area}`;
    item.querySelector('[data-move="-1"]').disabled = index === 0;
    item.querySelector('[data-move="1"]').disabled = index === plan.needs.length - 1;
    connectFields(item, `need-${need.area}`, { goal: need.goal, note: need.note });
    const empty = item.querySelector("[data-gap-empty]");
    empty.hidden = need.candidates.length > 0;
    empty.querySelector("[data-gap-link]").href = areaOptions.get(need.area)?.url || "";
    item.querySelector("[data-gap-no-choice]").hidden = Boolean(need.choice) || need.candidates.length === 0;
    item.querySelector("[data-candidates]").replaceChildren(
      ...need.candidates.map((candidate) => ownCandidate(need, candidate)),
    );
    through.fillNeed(item, need);
    return item;
  }

  // A mentor no longer listed keeps the name the plan stored when they were added.
  function mentorLink(anchor, slug, storedName = "") {
    const mentor = records.bySlug.get(slug);
    anchor.textContent = mentor ? mentor.name : storedName || slug;
    if (mentor) anchor.href = new URL(mentor.url, siteRoot).href;
    else anchor.removeAttribute("href");
    return mentor;
  }

  function ownCandidate(need, candidate) {
    const item = document.getElementById("candidate-template").content.firstElementChild.cloneNode(true);
    const mentor = mentorLink(item.querySelector("[data-mentor-link]"), candidate.slug, candidate.name);
    const name = mentor ? mentor.name : candidate.name || candidate.slug;
    const chosen = need.choice === candidate.slug;
    item.dataset.mentor = candidate.slug;
    item.classList.toggle("is-choice", chosen);
    item.querySelector("[data-choice-badge]").hidden = !chosen;
    item.querySelector("[data-candidate-badge]").hidden = chosen;
    item.querySelector("[data-choose-this]").hidden = chosen;
    for (const span of item.querySelectorAll("[data-for-text]")) span.textContent = ` ${name} for ${areaLabel(need.area)}`;
    item.querySelector("[data-warnings]").replaceChildren(...warnings(mentor).map((text) => el("li", {}, text)));
    if (chosen && mentor) fillReachOut(item, need, candidate, mentor);
    if (chosen) through.fillCandidate(item, need, candidate, mentor);
    return item;
  }

  function fillReachOut(item, need, candidate, mentor) {
    const box = item.querySelector("[data-reach-out]");
    box.hidden = false;
    const prefix = `msg-${need.area}-${candidate.slug}`;
    connectFields(box, prefix, {});
    const modes = mentor.facets[MODE] || [];
    const select = box.querySelector('[data-field="mode"]');
    select.replaceChildren(...modes.map((mode) => new Option(records.label(MODE, mode), mode)));
    select.value = modes.includes(candidate.mode) ? candidate.mode : modes[0] || "";
    box.querySelector('[data-field="message"]').value = candidate.message || draft(need, candidate, mentor);
    for (const span of box.querySelectorAll("[data-mentor-name]")) span.textContent = mentor.name;
    const contacted = box.querySelector("[data-contacted]");
    contacted.hidden = !candidate.contacted;
    box.querySelector("[data-mark-contacted]").hidden = Boolean(candidate.contacted);
    if (candidate.contacted) {
      contacted.querySelector("[data-contacted-date]").replaceChildren(el("time", { dateTime: candidate.contacted }, candidate.contacted));
    }
    const send = box.querySelector("[data-send]");
    const page = box.querySelector("[data-contact-page]");
    send.hidden = true;
    page.hidden = true;
    loadContact(new URL(mentor.url, siteRoot).href).then((contact) => {
      contactOf.set(mentor.slug, contact);
      send.hidden = !contact.email;
      page.hidden = !contact.url;
      if (contact.url) page.href = contact.url;
      if (!contact.email) page.classList.remove("button-secondary");
      updateSend(box, need, mentor);
    }).catch((error) => {
      console.warn("Could not read the contact details:", error);
      box.querySelector("[data-no-contact]").hidden = false;
    });
  }

  function draft(need, candidate, mentor) {
    const modes = mentor.facets[MODE] || [];
    const mode = modes.includes(candidate.mode) ? candidate.mode : modes[0];
    return introBody({
      mentorName: mentor.name,
      needLabel: areaLabel(need.area).toLowerCase(),
      goal: need.goal,
      modeLabel: mode ? records.label(MODE, mode).toLowerCase() : "",
      senderName: plan.name,
      siteName: root.dataset.siteName,
    });
  }

  function updateSend(box, need, mentor) {
    const email = contactOf.get(mentor.slug)?.email;
    if (!email) return;
    const body = box.querySelector('[data-field="message"]').value;
    box.querySelector("[data-send]").href = mailtoHref(email, introSubject(areaLabel(need.area)), body);
  }

  // Labels in the templates name their field with data-for; give each pair a unique id.
  function connectFields(scope, prefix, values) {
    for (const label of scope.querySelectorAll("label[data-for]")) {
      const field = label.parentElement.querySelector(`[data-field="${label.dataset.for}"]`);
      if (!field) continue;
      field.id = `${prefix}-${label.dataset.for}`;
      label.htmlFor = field.id;
      if (label.dataset.for in values) field.value = values[label.dataset.for];
    }
  }

  function sharedNeed(need) {
    const item = document.getElementById("shared-template").content.firstElementChild.cloneNode(true);
    item.querySelector("[data-need-label]").textContent = areaLabel(need.area);
    item.querySelector("[data-gap]").hidden = Boolean(need.choice);
    const goal = item.querySelector("[data-goal]");
    goal.hidden = !need.goal;
    goal.textContent = `Goal: ${need.goal}`;
    item.querySelector("[data-candidates]").replaceChildren(...need.candidates.map((candidate) => {
      const anchor = el("a");
      const mentor = mentorLink(anchor, candidate.slug, candidate.name);
      const li = el("li", {}, anchor, need.choice === candidate.slug ? " — choice" : " — candidate");
      if (candidate.contacted) li.append(`, contacted on ${candidate.contacted}`);
      for (const text of need.choice === candidate.slug ? warnings(mentor) : []) li.append(` (${text})`);
      return li;
    }), ...need.history.map((past) => {
      const li = document.createElement("li");
      li.textContent = `${past.name || past.slug} — asked earlier, no reply`;
      return li;
    }));
    return item;
  }

  function findCandidate(area, slug) {
    return plan.needs.find((need) => need.area === area)?.candidates.find((c) => c.slug === slug);
  }

  const through = startFollowThrough({
    needsList: ui.needs,
    program: readProgram(root, document),
    records,
    areaLabel,
    siteRoot,
    current: () => plan,
    commit,
    say,
    senderName: () => plan.name,
  });

  // ----- editing the plan -----------------------------------------------------------

  ui.addNeed.addEventListener("submit", (event) => {
    event.preventDefault();
    const area = ui.addNeed.elements.area.value;
    const known = plan.needs.some((need) => need.area === area);
    commit(addNeed(plan, area), `#need-${CSS.escape(area)}`);
    say(known ? `${areaLabel(area)} is already one of your needs.` : `Added the need ${areaLabel(area)}.`);
  });

  ui.name.addEventListener("input", () => {
    plan = { ...plan, name: ui.name.value };
    store();
  });

  ui.needs.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button || shared) return;
    const area = button.closest("[data-area]").dataset.area;
    const slug = button.closest("[data-mentor]")?.dataset.mentor;
    const label = areaLabel(area);
    const name = records.bySlug.get(slug)?.name || findCandidate(area, slug)?.name || slug;
    const here = `[data-area="${CSS.escape(area)}"]`;
    const there = `${here} [data-mentor="${CSS.escape(slug || "")}"]`;
    if (button.dataset.move) {
      const step = Number(button.dataset.move);
      commit(moveNeed(plan, area, step), [`${here} [data-move="${step}"]:not(:disabled)`, `${here} .need-title`]);
      const position = plan.needs.findIndex((need) => need.area === area) + 1;
      say(`${label} is now need ${position} of ${plan.needs.length}.`);
    } else if ("removeNeed" in button.dataset) {
      const index = plan.needs.findIndex((need) => need.area === area);
      const next = removeNeed(plan, area);
      const neighbour = next.needs[Math.min(index, next.needs.length - 1)];
      commit(next, neighbour ? `#need-${CSS.escape(neighbour.area)}` : "#needs-heading");
      say(`Removed the need ${label}.`);
    } else if ("chooseThis" in button.dataset) {
      commit(choose(plan, area, slug), `${there} [data-mentor-link]`);
      say(`${name} is now your choice for ${label}.`);
    } else if ("removeCandidate" in button.dataset) {
      commit(removeCandidate(plan, area, slug), `#need-${CSS.escape(area)}`);
      say(`Removed ${name} from ${label}.`);
    } else if ("markContacted" in button.dataset) {
      commit(updateCandidate(plan, area, slug, { contacted: today() }), `${there} [data-unmark-contacted]`);
      say(`Marked ${name} as contacted today.`);
    } else if ("unmarkContacted" in button.dataset) {
      commit(updateCandidate(plan, area, slug, { contacted: "" }), `${there} [data-mark-contacted]`);
      say(`${name} is no longer marked as contacted.`);
    } else if ("resetMessage" in button.dataset) {
      commit(updateCandidate(plan, area, slug, { message: "" }), `${there} [data-field="message"]`);
      say(`Your message to ${name} is back to the suggested text.`);
    }
  });

  // Typing saves at once but does not redraw, so focus and the caret stay where they are.
  ui.needs.addEventListener("input", (event) => {
    const field = event.target.dataset.field;
    if (!field || shared) return;
    const area = event.target.closest("[data-area]").dataset.area;
    const candidate = event.target.closest("[data-mentor]");
    if (!candidate) {
      plan = updateNeed(plan, area, { [field]: event.target.value });
      store();
      if (field === "goal") refreshDrafts(area);
      return;
    }
    const slug = candidate.dataset.mentor;
    const mentor = records.bySlug.get(slug);
    const box = candidate.querySelector("[data-reach-out]");
    const need = plan.needs.find((n) => n.area === area);
    if (field === "message") {
      plan = updateCandidate(plan, area, slug, { message: event.target.value });
    } else if (field === "mode") {
      plan = updateCandidate(plan, area, slug, { mode: event.target.value });
      const current = need.candidates.find((c) => c.slug === slug);
      if (!current.message) box.querySelector('[data-field="message"]').value = draft(need, { ...current, mode: event.target.value }, mentor);
    }
    store();
    updateSend(box, need, mentor);
  });

  // A changed goal rewrites messages the mentee has not edited themselves.
  function refreshDrafts(area) {
    const need = plan.needs.find((n) => n.area === area);
    const item = ui.needs.querySelector(`[data-area="${CSS.escape(area)}"]`);
    for (const candidate of need.candidates) {
      const mentor = records.bySlug.get(candidate.slug);
      const box = item.querySelector(`[data-mentor="${CSS.escape(candidate.slug)}"] [data-reach-out]`);
      if (!mentor || candidate.message || !box || box.hidden) continue;
      box.querySelector('[data-field="message"]').value = draft(need, candidate, mentor);
      updateSend(box, need, mentor);
    }
  }

  ui.name.addEventListener("change", () => render());

  // ----- keep, share, start again ----------------------------------------------------

  startKeeping(root.querySelector(".planner-keep"), {
    current: () => plan,
    shareAddress: (encoded) => `${location.origin}${location.pathname}${SHARE_PREFIX}${encoded}`,
    replace: (next, fileName) => {
      commit(next, "#needs-heading");
      say(`Imported your plan from ${fileName}: ${count(next.needs.length, "need")}.`);
    },
    cleared: () => {
      plan = emptyPlan();
      render("#needs-heading");
      say("Your plan is deleted from this browser.");
    },
    say,
  });

  $("[data-import-shared]").addEventListener("click", () => {
    const next = shared;
    leaveShared();
    commit(next, "#needs-heading");
    say(`This plan is now yours: ${count(next.needs.length, "need")}.`);
  });
  $("[data-leave-shared]").addEventListener("click", (event) => {
    event.preventDefault();
    leaveShared();
    render("#needs-heading");
  });
  window.addEventListener("hashchange", () => {
    shared = readShared();
    render("#needs-heading");
  });

  function leaveShared() {
    shared = null;
    history.replaceState(null, "", `${location.pathname}${location.search}`);
  }

  startChooser({
    form: ui.choose,
    ranking: ui.ranking,
    heading: ui.rankingHeading,
    records,
    needs: plan.needs.map((need) => need.area),
    linkTo: mentorLink,
    onAdded: () => {
      plan = loadPlan();
      render();
    },
  });

  function count(n, word) {
    return `${n} ${word}${Math.abs(n) === 1 ? "" : "s"}`;
  }

  onPlanChangedElsewhere((next) => {
    plan = rememberNames(next, nameOf);
    if (!shared) render();
  });

  root.hidden = false;
  document.querySelector("[data-planner-fallback]").hidden = true;
  render();
}
