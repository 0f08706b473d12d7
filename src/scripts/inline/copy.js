// Inline on purpose: a few lines, no request. Without JavaScript the messages stay selectable text.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  if (!button) return;
  const status = document.querySelector('[data-copy-status]');
  try {
    await navigator.clipboard.writeText(button.getAttribute('data-copy') || '');
    button.textContent = 'Copied';
    if (status) status.textContent = 'Copied to the clipboard.';
  } catch {
    if (status) status.textContent = 'Copying failed: select the text and copy it by hand.';
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
});
