// Small modal forms (create, rename, confirm): one submit button, errors in words, busy while the server works.
import { h } from '../dom.js';
import { describeError } from '../messages.js';
import { closeButton, openDialog } from './dialog.js';
import { alertRegion, markInvalid, say, whileBusy } from './form.js';

/** A problem with what was typed: shown in the dialog's alert, with the focus on `input`. */
export class Invalid extends Error {
  constructor(message, input) {
    super(message);
    this.name = 'Invalid';
    this.input = input;
  }
}

/**
 * Opens a small modal form: a title, intro paragraphs, `body` (fields), an alert for errors, Cancel and a
 * submit button (`submitId`). `onSubmit()` runs while the button is busy; when it throws an Invalid or an
 * API error the alert explains it, when it returns anything but `false` the dialog closes.
 * `onSettled(submit)` runs once the button is no longer busy (to relabel it). Returns {close, alert, submit}.
 */
export function openFormDialog({
  id, title, intro = [], body = [], submitId, submitLabel, busyLabel = 'Working…', danger = false,
  onSubmit, onSettled, initialFocus, onClose, footer,
}) {
  const alert = alertRegion(`${id}-error`);
  const submit = h('button', { id: submitId, type: 'submit', class: ['button', danger ? 'button-danger' : 'button-primary'] }, submitLabel);
  let dialog = null;

  const onFormSubmit = (event) => {
    event.preventDefault();
    say(alert, '');
    whileBusy(submit, busyLabel, async () => {
      try {
        const outcome = await onSubmit();
        if (outcome !== false) dialog.close();
      } catch (err) {
        say(alert, err instanceof Invalid ? err.message : describeError(err));
        if (err instanceof Invalid && err.input) {
          markInvalid(err.input, true);
          err.input.focus();
          err.input.addEventListener('input', () => markInvalid(err.input, false), { once: true });
        }
      }
    }).then(() => onSettled?.(submit));
  };

  dialog = openDialog({
    id,
    className: 'dialog-small',
    labelledBy: `${id}-title`,
    build: (close) => h('form', { class: 'dialog-form', novalidate: true, onsubmit: onFormSubmit },
      h('div', { class: 'dialog-header' },
        h('h2', { id: `${id}-title`, class: 'dialog-title' }, title),
        closeButton(close)),
      h('div', { class: 'dialog-body' },
        intro.filter(Boolean).map((text) => (typeof text === 'string' ? h('p', {}, text) : text)),
        body,
        alert),
      h('div', { class: 'dialog-footer' },
        footer,
        h('button', { type: 'button', class: 'button button-link', onclick: close }, 'Cancel'),
        submit)),
    initialFocus: initialFocus ?? (() => submit),
    onClose,
  });
  return { close: dialog.close, alert, submit };
}
