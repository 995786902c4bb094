// Browser code for the "Copy SKILL.md" button, loaded on the first click.

/** Fetches the skill's SKILL.md and puts it on the clipboard, saying in the status line how it went. */
export async function copySkill(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const source = button.dataset.source!;
  try {
    const text = fetch(source).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Blob([await response.text()], { type: 'text/plain' });
    });
    // A ClipboardItem built from a promise keeps the click's user activation while the file downloads.
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]);
    status.textContent = 'Copied to the clipboard.';
  } catch (error) {
    status.textContent = `Could not copy (${(error as Error).message}); use Download instead.`;
  }
}
