// Show links and controls that only work with JavaScript (marked data-needs-js and
// hidden in the HTML), so a page without JavaScript never offers them.
for (const element of document.querySelectorAll("[data-needs-js][hidden]")) element.hidden = false;
