// Form building blocks shared by the sign-in page and the settings dialog.
import { h } from '../dom.js';

/** A labelled input with an optional hint; returns {element, input}. Extra attributes go to the input. */
export function field({ id, label, hint, className, ...inputAttrs }) {
  const hintId = hint ? `${id}-hint` : null;
  const input = h('input', { id, name: id, class: 'input', 'aria-describedby': hintId, ...inputAttrs });
  const element = h('div', { class: ['field', className] },
    h('label', { class: 'field-label', for: id }, label),
    input,
    hint && h('p', { class: 'field-hint', id: hintId }, hint));
  return { element, input };
}

/** An alert region for errors: announced by screen readers when its text changes, invisible while empty. */
export function alertRegion(id) {
  return h('p', { id, class: 'form-alert', role: 'alert' });
}

/** A polite status region for confirmations ("Saved."). */
export function statusRegion(id) {
  return h('p', { id, class: 'form-status', role: 'status' });
}

/** Shows `text` in a region (empty text hides it). */
export function say(region, text) {
  region.textContent = text ?? '';
}

/**
 * Runs `task` while `button` shows `busyText`; ignores the call if the button is already busy.
 * The button is marked aria-disabled rather than disabled so that keyboard focus stays on it.
 */
export async function whileBusy(button, busyText, task) {
  if (button.getAttribute('aria-disabled') === 'true') return undefined;
  const label = button.textContent;
  button.setAttribute('aria-disabled', 'true');
  button.setAttribute('aria-busy', 'true');
  button.textContent = busyText;
  try {
    return await task();
  } finally {
    button.removeAttribute('aria-disabled');
    button.removeAttribute('aria-busy');
    button.textContent = label;
  }
}

/** Marks an input invalid (or valid again) for assistive technology and styling. */
export function markInvalid(input, invalid) {
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}
