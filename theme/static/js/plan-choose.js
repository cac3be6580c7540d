// "Help me choose" on the planner page: reads the questionnaire, ranks with plan-score.js
// and lists the best matches with the reasons, each with "Add to my mentors".
import { el } from "./dom.js";
import { AREA, TIMEZONE } from "./facet-keys.js";
import { addMentor } from "./plan-add.js";
import { explain, rankMentors } from "./plan-score.js";

const RANKING_SIZE = 10;

export function startChooser({ form, ranking, heading, records, needs, linkTo, onAdded }) {
  const identityToggle = form.querySelector("[data-use-identity]");
  const identityDetails = form.querySelector("[data-identity-details]");
  identityToggle.addEventListener("change", () => { identityDetails.hidden = !identityToggle.checked; });
  for (const need of needs) {
    const box = form.querySelector(`input[name="needs"][value="${CSS.escape(need)}"]`);
    if (box) box.checked = true;
  }

  // Identity answers are read only while the mentee has asked for them.
  function answers() {
    const fields = form.elements;
    const ticked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
    const zone = fields.timezone.value;
    const zoned = zone ? records.mentors.find((mentor) => (mentor.facets[TIMEZONE] || []).includes(zone)) : null;
    const useIdentity = identityToggle.checked;
    return {
      needs: ticked("needs"),
      library: fields.library.value,
      region: fields.region.value,
      utc: zoned ? zoned.utc : null,
      modes: ticked("modes"),
      language: fields.language.value,
      useIdentity,
      identities: useIdentity ? ticked("identities") : [],
      priority: useIdentity ? fields.priority.value : "career",
    };
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const given = answers();
    const ranked = rankMentors(records.mentors, given, records.label).slice(0, RANKING_SIZE);
    ranking.replaceChildren(...ranked.map((result) => rankedMentor(result, given)));
    heading.hidden = false;
    heading.textContent = `Your ${ranked.length} best matches`;
    heading.focus();
  });

  function rankedMentor(result, given) {
    const mentor = records.bySlug.get(result.slug);
    const anchor = el("a");
    linkTo(anchor, mentor.slug);
    const li = el("li", { className: "ranked" },
      el("p", { className: "ranked-name" }, anchor,
        el("span", { className: "ranked-score" }, ` ${result.score} point${Math.abs(result.score) === 1 ? "" : "s"}`)));
    li.dataset.mentor = mentor.slug;
    const why = explain(result);
    for (const [text, prefix, className] of [[why.good, "Why: ", "ranked-why"], [why.bad, "But: ", "ranked-but"]]) {
      if (text) li.append(el("p", { className }, `${prefix}${text}.`));
    }
    const add = el("button", { type: "button", className: "button-secondary" },
      "Add to my mentors", el("span", { className: "visually-hidden" }, `: ${mentor.name}`));
    const status = el("p", { className: "plan-added", role: "status" });
    // One click when exactly one of the needs asked about is the mentor's.
    const wanted = given.needs.filter((need) => (mentor.facets[AREA] || []).includes(need));
    add.addEventListener("click", async () => {
      if (await addMentor(mentor, records, status, wanted.length === 1 ? wanted[0] : null)) onAdded();
    });
    li.append(add, status);
    return li;
  }
}
