// Small helpers for the workbench modules (the element builder is the calculators' own).
export { el } from "../calculator/dom.js";

export function show(node, on = true) {
  node.hidden = !on;
}

export function setList(list, items) {
  list.replaceChildren(...items.map((text) => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }));
}

// Offers text as a file to save; nothing leaves the browser (a blob: URL).
export function download(name, text, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A wide table in a scrolling box: the box says when there is more to the right (a shadow cue).
export function watchScroll(box) {
  const update = () => {
    const more = box.scrollWidth - box.clientWidth - box.scrollLeft > 2;
    box.classList.toggle("wb-scroll--more", more);
  };
  box.addEventListener("scroll", update, { passive: true });
  new ResizeObserver(update).observe(box);
  update();
  return update;
}
