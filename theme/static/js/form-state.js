// The filter form as a state (search words, ticked boxes, near me, sort) and back: what the
// address (url-state.js) stores and what the results are worked out from.

export function readForm(ui) {
  const filters = new Map();
  for (const box of ui.form.querySelectorAll("input[type=checkbox]:checked")) {
    if (!filters.has(box.name)) filters.set(box.name, new Set());
    filters.get(box.name).add(box.value);
  }
  return { q: ui.search.value.trim(), filters, near: ui.near && !ui.nearBox.hidden ? ui.near.value : "", sort: ui.sort.value };
}

export function fillForm(ui, state) {
  ui.search.value = state.q;
  for (const box of ui.form.querySelectorAll("input[type=checkbox]")) {
    box.checked = Boolean(state.filters.get(box.name)?.has(box.value));
  }
  if (ui.near) ui.near.value = state.near || "";
  ui.sort.value = state.sort;
}

// Unfold each facet that has a box ticked, so what is selected is in view.
export function openSelectedGroups(ui, state) {
  for (const key of state.filters.keys()) {
    const group = ui.form.querySelector(`details.facet[data-facet="${CSS.escape(key)}"]`);
    if (group) group.open = true;
  }
}
