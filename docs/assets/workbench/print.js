// Prints one part of the page: the body says which (data-print), the print stylesheet hides the rest.
export function printOnly(part) {
  document.body.dataset.print = part;
  window.addEventListener("afterprint", () => delete document.body.dataset.print, { once: true });
  window.print();
}
