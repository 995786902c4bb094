// Browser code for a skill page: the "Copy SKILL.md" button, copy buttons on code blocks, and on
// narrow screens (one column, the sidebar above the body) the contents and install boxes start folded.
import { addCopyButtons } from './copy-code.ts';

/** The width below which the sidebar stacks above the body (site.css, `.skill-layout`). */
const NARROW = '(max-width: 59.99rem)';

export function startSkillPage(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('#copy-skill');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const { copySkill } = await import('./copy.ts');
      await copySkill(button, doc.querySelector<HTMLElement>('#copy-status')!);
    });
  }
  addCopyButtons(doc);
  if (matchMedia(NARROW).matches && location.hash === '') {
    for (const details of doc.querySelectorAll<HTMLDetailsElement>('details[data-fold-narrow]')) details.open = false;
  }
}
