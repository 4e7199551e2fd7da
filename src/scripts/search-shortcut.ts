/**
 * `/` or Ctrl/⌘-K focuses the header search box from anywhere, unless the reader is
 * already typing in a field.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  const input = document.querySelector<HTMLInputElement>('#site-search');
  if (!input) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if ((slash && !isTyping(event.target)) || commandK) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});
