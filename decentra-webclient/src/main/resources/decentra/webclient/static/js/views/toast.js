// Short-lived notices for outcomes that have no form to show them in.
import { h } from '../dom.js';

const LIFETIME_MS = 5000;
let region = null;

/** Shows `text` briefly at the bottom of the screen and announces it politely. */
export function toast(text) {
  // Wait a moment: a dialog that is closing as the notice is given (after "Leave", "Delete") must not take it along.
  setTimeout(() => show(text), 0);
}

function show(text) {
  // An open modal dialog sits in the top layer above everything else, so the notice goes inside it.
  const host = document.querySelector('dialog[open]') ?? document.body;
  if (region?.parentElement !== host) {
    region?.remove();
    region = h('div', { class: 'toasts', role: 'status' });
    host.append(region);
  }
  const item = h('div', { class: 'toast' }, text);
  region.append(item);
  setTimeout(() => item.remove(), LIFETIME_MS);
}
