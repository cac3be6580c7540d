// Every listed mentor's card, from the all-mentors pages the build writes beside the
// directory (the first lists the others, fetched together), for when the directory page
// holds only some. Links are made absolute, since this page may be /page/2/.
import { fetchOk } from "./fetch-checked.js";

export async function everyCard(url) {
  const first = await cardPage(url);
  const others = [...first.page.querySelectorAll("[data-card-pages] a[href]:not([aria-current])")]
    .map((link) => new URL(link.getAttribute("href"), first.url).href);
  const pages = [first, ...await Promise.all(others.map(cardPage))];
  return pages.flatMap(({ page }) => [...page.querySelectorAll("#mentor-list > li.card[data-slug]")])
    .map((card) => document.importNode(card, true));
}

async function cardPage(url) {
  const response = await fetchOk(url);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  for (const element of page.querySelectorAll("#mentor-list [href], #mentor-list [src]")) {
    for (const attribute of ["href", "src"]) {
      const value = element.getAttribute(attribute);
      if (value !== null) element.setAttribute(attribute, new URL(value, response.url).href);
    }
  }
  return { page, url: response.url };
}
