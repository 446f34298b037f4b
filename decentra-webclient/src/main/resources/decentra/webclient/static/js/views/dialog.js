// Modal dialogs on the native <dialog> element: focus kept inside, Esc and backdrop close, focus returns.
import { focusables, h } from '../dom.js';
import { icon } from '../icons.js';

/**
 * Opens a modal dialog. `build(close)` returns its children; `labelledBy` names the element with its title.
 * Returns {close}. `onClose` runs once, after the dialog is gone.
 */
export function openDialog({ id, className, labelledBy, build, initialFocus, onClose }) {
  const opener = returnTarget(document.activeElement);
  const dialog = h('dialog', {
    id, class: ['dialog', className], role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelledBy,
  });
  let closed = false;
  const close = () => {
    if (dialog.open) dialog.close();
  };

  dialog.append(...[build(close)].flat());
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('close', () => {
    if (closed) return;
    closed = true;
    dialog.remove();
    opener()?.focus();
    onClose?.();
  });
  dialog.addEventListener('keydown', (event) => trapTab(dialog, event));
  let pressedOnBackdrop = false;
  dialog.addEventListener('pointerdown', (event) => { pressedOnBackdrop = event.target === dialog; });
  dialog.addEventListener('click', (event) => {
    if (pressedOnBackdrop && event.target === dialog) close();
  });

  document.body.append(dialog);
  dialog.showModal();
  (initialFocus?.() ?? focusables(dialog)[0])?.focus();
  return { close };
}

/** A simple message dialog with a title, paragraphs of text and one button to dismiss it. */
export function openMessageDialog({ id, title, paragraphs, buttonLabel = 'Got it' }) {
  const dismiss = h('button', { type: 'button', class: 'button button-primary' }, buttonLabel);
  return openDialog({
    id,
    className: 'dialog-small',
    labelledBy: `${id}-title`,
    build: (close) => {
      dismiss.addEventListener('click', close);
      return [
        h('div', { class: 'dialog-header' },
          h('h2', { id: `${id}-title`, class: 'dialog-title' }, title),
          closeButton(close)),
        h('div', { class: 'dialog-body' }, paragraphs.map((text) => h('p', {}, text))),
        h('div', { class: 'dialog-footer' }, dismiss),
      ];
    },
    initialFocus: () => dismiss,
  });
}

/** The round × button at the top right of a dialog. */
export function closeButton(close, label = 'Close') {
  return h('button', { type: 'button', class: 'icon-button dialog-close', 'aria-label': label, onclick: close },
    icon('close'));
}

/**
 * Where the focus goes back to when a dialog closes: the element that opened it or, when a live list has
 * re-rendered it meanwhile, its successor (same id, or same data-…-id in the same container).
 */
function returnTarget(opener) {
  if (!(opener instanceof HTMLElement)) return () => null;
  const key = [...opener.attributes].find((attribute) => /^data-[a-z-]+-id$/.test(attribute.name));
  const scope = opener.parentElement?.closest('[id]');
  return () => {
    if (opener.isConnected) return opener;
    if (opener.id) return document.getElementById(opener.id);
    if (!key || !scope?.isConnected) return null;
    return scope.querySelector(`[${key.name}="${CSS.escape(key.value)}"]`);
  };
}

function trapTab(dialog, event) {
  if (event.key !== 'Tab') return;
  const items = focusables(dialog);
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
