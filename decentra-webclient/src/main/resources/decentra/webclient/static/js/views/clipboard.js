// Copying text to the clipboard, with a fallback for plain-HTTP instances, and a button that says it worked.
import { h } from '../dom.js';
import { toast } from './toast.js';

const COPIED_MS = 2000;

/** Copies `text`; resolves to whether it worked. `host` receives the fallback's hidden text area for a moment. */
export async function copyText(text, host = document.querySelector('dialog[open]') ?? document.body) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The Clipboard API needs a secure context; plain-HTTP instances fall back to a selection copy.
    const area = h('textarea', { class: 'visually-hidden', readonly: true, value: text, 'aria-hidden': 'true' });
    host.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Copies `text` and shows the outcome on `button` ("Copied!") for a moment. */
export async function copyWithFeedback(button, text, host) {
  const copied = await copyText(text, host);
  button.dataset.label ??= button.textContent;
  button.textContent = copied ? 'Copied!' : 'Copy failed';
  clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(setTimeout(() => { button.textContent = button.dataset.label; }, COPIED_MS));
  button.focus();
}

/** Copies `text` and says so in a toast (for menu items, which close at once). */
export async function copyWithToast(text, what) {
  const active = document.activeElement;
  const copied = await copyText(text);
  if (active instanceof HTMLElement && active.isConnected) active.focus();
  toast(copied ? `${what} copied.` : `${what} could not be copied.`);
}
