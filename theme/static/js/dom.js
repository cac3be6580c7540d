// Builds an element in one expression, so scripts that add controls read like the markup
// they make: el("button", { type: "button", className: "chip" }, "Remove ", mark).
// A name the element has a property for (className, type, htmlFor, checked...) is set as
// that property, any other (aria-*, data-*) as an attribute. Children are nodes or text,
// never HTML, so profile text can never become markup.
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/HTML$/.test(name)) throw new TypeError(`el() sets text, not ${name}`);
    if (name in element) element[name] = value;
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}
