// 适老化: a font-size switch (字号 标准 / 大 / 特大) on every page, remembered in localStorage.
// mkdocs-material sizes everything in rem, so scaling the root font size scales the whole page.
// Loaded in <head> (overrides/main.html): the size applies before the first paint, and the switch
// is put in the page as soon as the article is parsed, so nothing moves once it is drawn.
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
  const remember = (id) => {
    try { localStorage.setItem(KEY, id); } catch { /* private mode: the choice lasts this page only */ }
  };

  const apply = (id) => {
    const size = SIZES.find((s) => s.id === id) || SIZES[0];
    // Material sets the root size per breakpoint (125%, 137.5%, 150%); scale from the browser default.
    document.documentElement.style.fontSize = size.scale ? `calc(${size.scale} * 1.25)` : "";
    document.documentElement.dataset.fontSize = size.id;
    return size.id;
  };

  const button = (size, current, choose) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = size.label;
    b.dataset.size = size.id;
    b.setAttribute("aria-pressed", String(size.id === current));
    b.addEventListener("click", () => choose(size.id));
    return b;
  };

  const switchBox = (current) => {
    const box = document.createElement("div");
    box.className = "font-size-switch";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "字号");
    const label = document.createElement("span");
    label.className = "font-size-switch__label";
    label.textContent = "字号：";
    const choose = (id) => {
      const now = apply(id);
      remember(now);
      box.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.size === now)));
    };
    box.append(label, ...SIZES.map((size) => button(size, current, choose)));
    return box;
  };

  // True once the switch is in the article (or there is an article that already has one).
  const mount = (current) => {
    const article = document.querySelector(".md-content__inner");
    if (!article) return false;
    if (!article.querySelector(".font-size-switch")) article.prepend(switchBox(current));
    return true;
  };

  const current = apply(stored());
  if (mount(current)) return;
  const watcher = new MutationObserver(() => { if (mount(current)) watcher.disconnect(); });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => { watcher.disconnect(); mount(current); });
})();
