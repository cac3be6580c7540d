// A mentor page holds the email address scrambled (reversed, UTF-8, base64) so that address
// harvesters reading the HTML do not find it; here it becomes a mailto link and readable text.
for (const item of document.querySelectorAll("[data-email]")) {
  const bytes = Uint8Array.from(atob(item.dataset.email), (character) => character.charCodeAt(0));
  const address = [...new TextDecoder().decode(bytes)].reverse().join("");
  const link = item.querySelector("[data-email-link]");
  link.href = `mailto:${address}`;
  link.hidden = false;
  item.querySelector("[data-email-text]").textContent = address;
}
