// "Keep, share or start again" on the planner page: export to a file, import one, print,
// make a share link, and clear everything after asking once.
import { el } from "./dom.js";
import { clearPlan, encodeShare, normalizePlan } from "./plan-model.js";

const FILE_NAME = "my-mentoring-plan.json";

// current() gives the plan; replace(plan, fileName) and cleared() let the page redraw.
export function startKeeping(section, { current, shareAddress, replace, cleared, say }) {
  const $ = (selector) => section.querySelector(selector);
  const shareBox = $("[data-share-box]");
  const shareLink = $("[data-share-link]");
  const confirm = $("[data-clear-confirm]");

  $("[data-export]").addEventListener("click", () => {
    const blob = new Blob([JSON.stringify(current(), null, 2)], { type: "application/json" });
    const anchor = el("a", { href: URL.createObjectURL(blob), download: FILE_NAME });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
    say(`Your plan was saved as ${FILE_NAME} in your downloads.`);
  });

  $("[data-import]").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    if (!file) return;
    let imported = null;
    try {
      imported = normalizePlan(JSON.parse(await file.text()));
    } catch {
      imported = null;
    }
    if (imported) replace(imported, file.name);
    else say(`${file.name} is not a mentoring plan from this directory, so nothing changed.`);
  });

  $("[data-print]").addEventListener("click", () => window.print());

  $("[data-make-share]").addEventListener("click", () => {
    shareLink.value = shareAddress(encodeShare(current()));
    shareBox.hidden = false;
    shareLink.focus();
    shareLink.select();
    say("Your share link is ready to copy.");
  });

  $("[data-clear]").addEventListener("click", () => {
    confirm.hidden = false;
    $("[data-clear-no]").focus();
  });
  $("[data-clear-no]").addEventListener("click", () => {
    confirm.hidden = true;
    $("[data-clear]").focus();
  });
  $("[data-clear-yes]").addEventListener("click", () => {
    clearPlan();
    confirm.hidden = true;
    shareBox.hidden = true;
    shareLink.value = "";
    cleared();
  });
}
