// Turn "Show email address" into a mailto link. The page carries the address reversed
// and base64-encoded (see plugins/mentor_directory/emails.py), so harvesters reading the
// HTML find no address; people get it with one click, and keyboard focus moves to the link.
import "./reveal.js";
import { el } from "./dom.js";
import { decodeEmail } from "./email-code.js";

for (const item of document.querySelectorAll("li.email[data-email]")) {
  const button = item.querySelector(".reveal-email");
  const detail = item.querySelector(".email-spoken");
  detail.hidden = true;
  button.addEventListener("click", () => {
    const address = decodeEmail(item.dataset.email);
    const link = el("a", { className: "button", href: `mailto:${address}` }, `Email ${item.dataset.name}`);
    detail.textContent = address;
    detail.hidden = false;
    button.replaceWith(link);
    link.focus();
  });
}
