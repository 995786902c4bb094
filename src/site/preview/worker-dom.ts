// Workers have no `document`, but the browser build of `decode-named-character-reference` (used by
// micromark, the core's portable Markdown parser) decodes entities through a DOM element created when
// it loads. This stands in for that element with the same lookup the package's non-DOM build does, so
// the checker decodes exactly like the Node build. Imported first by the checker worker.
// (With `worker` among Vite's resolve conditions for worker bundles, this file could go.)
import { characterEntities } from 'character-entities';

const own = Object.prototype.hasOwnProperty;

if (typeof document === 'undefined') {
  const element = () => {
    let html = '';
    return {
      set innerHTML(value: string) {
        html = value;
      },
      get textContent(): string {
        const name = /^&(.*);$/s.exec(html)?.[1];
        return (name !== undefined && own.call(characterEntities, name) ? (characterEntities as Record<string, string>)[name] : undefined) ?? html;
      },
    };
  };
  (globalThis as { document?: unknown }).document = { createElement: element };
}
