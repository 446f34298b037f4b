// Settings → My account: a profile preview, display name and custom status.
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { formatDate } from '../../format.js';
import { describeError } from '../../messages.js';
import { avatar, displayName, statusLabel, userColour } from '../avatar.js';
import { alertRegion, field, say, statusRegion, whileBusy } from '../form.js';

/** Renders the account panel; returns {element, cleanup}. */
export function renderAccount({ store }) {
  const user = store.get().user;
  const preview = h('div', { class: 'profile-card' });
  const name = field({
    id: 'settings-display-name', label: 'Display name', value: user.display_name ?? '', placeholder: user.username,
    autocomplete: 'nickname', hint: 'How others see you, up to 32 characters. Leave it empty to use your username.',
  });
  const customStatus = field({
    id: 'settings-custom-status', label: 'Custom status', value: user.custom_status ?? '',
    placeholder: 'What are you up to?', autocomplete: 'off', hint: 'Up to 128 characters, shown under your name.',
  });
  const error = alertRegion('settings-account-error');
  const saved = statusRegion('settings-account-status');
  const save = h('button', { id: 'settings-save-account', type: 'submit', class: 'button button-primary' }, 'Save changes');

  const onSubmit = (event) => {
    event.preventDefault();
    say(error, '');
    say(saved, '');
    whileBusy(save, 'Saving…', async () => {
      try {
        const updated = await api.updateMe({
          display_name: name.input.value.trim() || null,
          custom_status: customStatus.input.value.trim() || null,
        });
        store.set({ user: updated });
        say(saved, 'Saved.');
      } catch (err) {
        say(error, describeError(err));
      }
    });
  };

  const unwatch = store.watch(['user'], ({ user: current }) => {
    if (current) replace(preview, profileCard(current));
  });

  const element = h('div', { class: 'settings-section' },
    preview,
    h('form', { class: 'settings-form', novalidate: true, onsubmit: onSubmit },
      name.element, customStatus.element, error,
      h('div', { class: 'form-actions' }, save, saved)));
  return { element, cleanup: unwatch };
}

function profileCard(user) {
  return [
    h('div', { class: 'profile-banner', style: { backgroundColor: userColour(user.id) } }),
    h('div', { class: 'profile-main' },
      avatar(user, { size: 'xl', withStatus: true }),
      h('div', { class: 'profile-names' },
        h('p', { class: 'profile-display-name' }, displayName(user)),
        h('p', { class: 'profile-username' }, '@' + user.username),
        h('p', { class: 'profile-status' }, user.custom_status || statusLabel(user.status)))),
    h('dl', { class: 'profile-facts' },
      h('div', {}, h('dt', {}, 'Member since'), h('dd', {}, formatDate(user.created_at))),
      user.admin && h('div', {}, h('dt', {}, 'Role'), h('dd', {}, 'Instance administrator'))),
  ];
}
