// The site's only inline scripts, kept as text so the Content-Security-Policy can name each by its
// hash (src/site/security.ts); the components write them out with `set:html`, byte for byte.

/** Applies a stored theme before first paint, so it never flashes the other one. */
export const THEME_SCRIPT = `try {
  const theme = localStorage.getItem('skillpack-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;

/** Wires the theme toggle button just before it (the script's previous sibling). */
export const THEME_TOGGLE_SCRIPT = `{
  const button = document.currentScript.previousElementSibling;
  const root = document.documentElement;
  const isDark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem('skillpack-theme', root.dataset.theme);
    } catch {}
    sync();
  });
}`;

export const INLINE_SCRIPTS = [THEME_SCRIPT, THEME_TOGGLE_SCRIPT] as const;
