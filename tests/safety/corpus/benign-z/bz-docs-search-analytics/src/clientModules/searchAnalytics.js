function send(q, hits) {
  if (navigator.doNotTrack === "1" || typeof window.plausible !== "function") return;
  window.plausible("search", { props: { q: q.slice(0, 100), hits: String(hits) } });
}

if (typeof window !== "undefined") {
  let timer;
  document.addEventListener("input", (e) => {
    const el = e.target;
    if (!(el instanceof HTMLInputElement) || el.type !== "search") return;
    clearTimeout(timer);
    timer = setTimeout(() => send(el.value, document.querySelectorAll(".DocSearch-Hit").length), 800);
  });
}
