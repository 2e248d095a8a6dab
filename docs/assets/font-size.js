// 适老化: a font-size switch on every page, remembered in localStorage.
// mkdocs-material sizes everything in rem, so scaling the root font size scales the whole page.
(() => {
  const KEY = "font-size";
  const SIZES = [
    { id: "normal", label: "标准", scale: null },
    { id: "large", label: "大", scale: "125%" },
    { id: "larger", label: "特大", scale: "150%" },
  ];
  const stored = () => {
    try { return localStorage.getItem(KEY); } catch { return null; }
  };
  const apply = (id) => {
    const size = SIZES.find((s) => s.id === id) || SIZES[0];
    // Material sets the root size per breakpoint (125%, 137.5%, 150%); scale from the browser default.
    document.documentElement.style.fontSize = size.scale ? `calc(${size.scale} * 1.25)` : "";
    document.documentElement.dataset.fontSize = size.id;
    return size.id;
  };
  let current = apply(stored());

  const mount = () => {
    const article = document.querySelector(".md-content__inner");
    if (!article || article.querySelector(".font-size-switch")) return;
    const box = document.createElement("div");
    box.className = "font-size-switch";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "字号");
    const label = document.createElement("span");
    label.className = "font-size-switch__label";
    label.textContent = "字号：";
    box.append(label);
    for (const size of SIZES) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = size.label;
      button.dataset.size = size.id;
      button.setAttribute("aria-pressed", String(size.id === current));
      button.addEventListener("click", () => {
        current = apply(size.id);
        try { localStorage.setItem(KEY, current); } catch { /* private mode: the choice lasts this page only */ }
        box.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.size === current)));
      });
      box.append(button);
    }
    article.prepend(box);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
