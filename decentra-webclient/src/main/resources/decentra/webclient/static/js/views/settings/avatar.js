// Settings → Avatar: an emoji from the grid or typed in, an uploaded image, or neither.
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { describeError } from '../../messages.js';
import { avatar } from '../avatar.js';
import { alertRegion, field, say, statusRegion, whileBusy } from '../form.js';

const EMOJIS = [
  '🦊', '🐱', '🐶', '🐼', '🐸', '🐙', '🦉', '🐧', '🐢', '🦄',
  '🐝', '🦋', '🐳', '🦁', '🐯', '🐨', '🐰', '🐻', '🦝', '🦔',
  '🌵', '🌻', '🍄', '🌙', '⭐', '🔥', '🌈', '🍕', '🍩', '🍉',
  '☕', '🎧', '🎮', '🎨', '🚀', '🛸', '👾', '🤖', '👻', '💎',
];
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/gif';

/** Renders the avatar panel; returns {element, cleanup}. */
export function renderAvatar({ store }) {
  const error = alertRegion('settings-avatar-error');
  const done = statusRegion('settings-avatar-status');
  const preview = h('div', { class: 'avatar-preview' });
  const previewText = h('p', { class: 'avatar-preview-text' });
  let pending = false;

  // Every change goes through here, so that only one runs at a time and each reports the same way.
  const change = async (task, confirmation) => {
    if (pending) return;
    pending = true;
    say(error, '');
    say(done, '');
    try {
      store.set({ user: await task() });
      say(done, confirmation);
    } catch (err) {
      say(error, describeError(err));
    } finally {
      pending = false;
    }
  };
  const useEmoji = (emoji) => change(() => api.updateMe({ avatar_emoji: emoji }), `Your avatar is now ${emoji}.`);

  const grid = h('div', { class: 'emoji-grid', role: 'group', 'aria-label': 'Emoji avatars' },
    EMOJIS.map((emoji) => h('button', {
      type: 'button', class: 'emoji-option', 'aria-pressed': 'false', dataset: { emoji }, onclick: () => useEmoji(emoji),
    }, emoji)));

  const custom = field({
    id: 'settings-avatar-emoji', label: 'Or type any emoji', autocomplete: 'off', className: 'field-inline',
    placeholder: '🙂', maxlength: 32,
  });
  const useCustom = h('button', { type: 'submit', class: 'button button-secondary' }, 'Use emoji');
  const customForm = h('form', { class: 'inline-form', novalidate: true }, custom.element, useCustom);
  customForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const emoji = custom.input.value.trim();
    if (!emoji) {
      say(error, 'Type an emoji first.');
      custom.input.focus();
      return;
    }
    whileBusy(useCustom, 'Saving…', () => useEmoji(emoji));
  });

  const fileInput = h('input', {
    id: 'settings-avatar-file', type: 'file', accept: IMAGE_TYPES, class: 'visually-hidden', tabindex: '-1',
    'aria-hidden': 'true',
  });
  const upload = h('button', { type: 'button', class: 'button button-primary' }, 'Upload image');
  upload.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) {
      say(done, '');
      say(error, describeError({ code: 'payload_too_large' }));
      return;
    }
    whileBusy(upload, 'Uploading…', () => change(() => api.uploadAvatar(file), 'Your new avatar is uploaded.'));
  });

  const remove = h('button', { type: 'button', class: 'button button-danger-outline' }, 'Remove avatar');
  remove.addEventListener('click', () => whileBusy(remove, 'Removing…', () => {
    const image = store.get().user.avatar?.type === 'image';
    return change(() => (image ? api.deleteAvatar() : api.updateMe({ avatar_emoji: null })), 'Your avatar is removed.');
  }));

  const unwatch = store.watch(['user'], ({ user }) => {
    if (!user) return;
    replace(preview, avatar(user, { size: 'xl' }));
    const current = user.avatar?.type === 'emoji' ? user.avatar.emoji : null;
    for (const button of grid.children) button.setAttribute('aria-pressed', String(button.dataset.emoji === current));
    previewText.textContent = user.avatar?.type === 'image' ? 'You are using an uploaded image.'
      : current ? `You are using ${current}.` : 'You are using your initial on your own colour.';
    remove.hidden = !user.avatar;
  });

  const element = h('div', { class: 'settings-section' },
    h('div', { class: 'avatar-current' }, preview, h('div', {}, previewText, remove)),
    error,
    done,
    h('section', { class: 'settings-group', 'aria-labelledby': 'avatar-emoji-title' },
      h('h3', { id: 'avatar-emoji-title', class: 'settings-group-title' }, 'Emoji'),
      grid,
      customForm),
    h('section', { class: 'settings-group', 'aria-labelledby': 'avatar-image-title' },
      h('h3', { id: 'avatar-image-title', class: 'settings-group-title' }, 'Image'),
      h('p', { class: 'settings-hint' }, 'PNG, JPEG, WebP or GIF, up to 2 MB. Square images look best.'),
      h('div', { class: 'form-actions' }, upload, fileInput)));
  return { element, cleanup: unwatch };
}
