// Inline on purpose: a few lines, no request. Copies a button's data-copy text (or the text of the element named by
// data-copy-from) and announces it in the page's role=status element (data-copied says what was copied). The copy
// controls (data-copy-ui) are rendered hidden and shown here, where the clipboard can be reached: without JavaScript
// (or outside a secure context) they could not work, and everything stays selectable text. This script comes after
// them in the page, so they are all there to show.
if (navigator.clipboard) for (const el of document.querySelectorAll('[data-copy-ui]')) el.hidden = false;
document.addEventListener('click', async (event) => {
  const button =
    event.target instanceof Element ? event.target.closest('button[data-copy], button[data-copy-from]') : null;
  if (!button) return;
  const status = document.querySelector('[data-copy-status]');
  const label = button.getAttribute('data-label') || button.textContent;
  button.setAttribute('data-label', label);
  try {
    const from = button.getAttribute('data-copy-from');
    const text = from ? document.querySelector(from)?.textContent : button.getAttribute('data-copy');
    await navigator.clipboard.writeText(text || '');
    button.textContent = 'Copied';
    if (status) status.textContent = button.getAttribute('data-copied') || 'Copied to the clipboard.';
  } catch {
    if (status) status.textContent = 'Copying failed: select the text and copy it by hand.';
  }
  setTimeout(() => (button.textContent = label), 2000);
});
