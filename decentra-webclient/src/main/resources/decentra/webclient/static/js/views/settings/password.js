// Settings → Password: change it; the server then signs out every other session.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { describeError } from '../../messages.js';
import { alertRegion, field, markInvalid, say, statusRegion, whileBusy } from '../form.js';

const MIN = 8;
const MAX = 1024;

/** Renders the password panel; returns {element}. */
export function renderPassword({ store }) {
  const current = field({
    id: 'settings-old-password', label: 'Current password', type: 'password', autocomplete: 'current-password',
    required: true, maxlength: MAX,
  });
  const next = field({
    id: 'settings-new-password', label: 'New password', type: 'password', autocomplete: 'new-password',
    required: true, maxlength: MAX, hint: 'At least 8 characters.',
  });
  const confirm = field({
    id: 'settings-confirm-password', label: 'Confirm new password', type: 'password', autocomplete: 'new-password',
    required: true, maxlength: MAX,
  });
  const error = alertRegion('settings-password-error');
  const done = statusRegion('settings-password-status');
  const submit = h('button', { id: 'settings-save-password', type: 'submit', class: 'button button-primary' }, 'Change password');

  const check = () => {
    const problems = [
      [current.input, current.input.value === '', 'Enter your current password.'],
      [next.input, next.input.value.length < MIN, 'The new password needs at least 8 characters.'],
      [confirm.input, confirm.input.value !== next.input.value, 'The two new passwords do not match.'],
    ];
    for (const [input, invalid] of problems) markInvalid(input, invalid);
    return problems.find(([, invalid]) => invalid);
  };

  const onSubmit = (event) => {
    event.preventDefault();
    say(done, '');
    const problem = check();
    if (problem) {
      say(error, problem[2]);
      problem[0].focus();
      return;
    }
    say(error, '');
    whileBusy(submit, 'Changing…', async () => {
      try {
        await api.changePassword(current.input.value, next.input.value);
        for (const input of [current.input, next.input, confirm.input]) input.value = '';
        say(done, 'Password changed. All your other sessions were signed out; this device stays signed in.');
      } catch (err) {
        say(error, describeError(err));
        const target = err.code === 'wrong_password' ? current.input : err.code === 'invalid_password' ? next.input : null;
        if (target) {
          markInvalid(target, true);
          target.focus();
        }
      }
    });
  };

  // A username field helps password managers file the new password under the right account.
  const username = h('input', {
    type: 'text', autocomplete: 'username', value: store.get().user.username, readonly: true,
    class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true',
  });
  const element = h('div', { class: 'settings-section' },
    h('p', { class: 'settings-hint' }, 'Changing your password signs you out everywhere else.'),
    h('form', { class: 'settings-form', novalidate: true, onsubmit: onSubmit },
      username, current.element, next.element, confirm.element, error,
      h('div', { class: 'form-actions' }, submit), done));
  return { element };
}
