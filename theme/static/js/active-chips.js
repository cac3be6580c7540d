// What is selected, said above the results as chips that each remove one filter (or the
// search), and as "(n selected)" on the folded filters: on a phone the filters start
// folded away, so this is where a mentee sees what narrows the list.
import { el } from "./dom.js";
import { nearLabel } from "./near-me.js";

// label(key, value) names a term; removed(index) runs after a chip has changed the form.
export function showActiveFilters(ui, state, label, removed) {
  const chips = [];
  if (state.q) chips.push({ text: `Search: “${state.q}”`, remove: () => { ui.search.value = ""; } });
  if (state.near) chips.push({ text: nearLabel(state.near), remove: () => { ui.near.value = ""; } });
  for (const [key, values] of state.filters) {
    for (const value of values) {
      chips.push({
        text: label(key, value),
        remove: () => { ui.form.querySelector(`input[name="${CSS.escape(key)}"][value="${CSS.escape(value)}"]`).checked = false; },
      });
    }
  }
  ui.chips.replaceChildren(...chips.map((chip, index) => {
    const button = el("button", { type: "button", className: "chip" },
      el("span", { className: "visually-hidden" }, "Remove filter: "),
      chip.text,
      el("span", { "aria-hidden": "true", className: "chip-x" }, "×"));
    button.addEventListener("click", () => {
      chip.remove();
      removed(index);
    });
    return el("li", {}, button);
  }));
  ui.active.hidden = chips.length === 0;
  const chosen = [...state.filters.values()].reduce((sum, values) => sum + values.size, 0) + (state.near ? 1 : 0);
  if (ui.tally) ui.tally.textContent = chosen ? `(${chosen} selected)` : "";
}

// Focus moves to the chip that took the removed one's place, or to the results heading.
export function focusAfterRemoving(ui, index) {
  const buttons = ui.chips.querySelectorAll("button");
  const next = buttons[Math.min(index, buttons.length - 1)];
  (next || ui.heading).focus();
}
