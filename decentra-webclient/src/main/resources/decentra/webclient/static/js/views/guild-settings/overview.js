// Server settings → Overview: name and icon (manage_server); transferring and deleting (the owner).
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { memberName, plainLine } from '../../guild-model.js';
import { describeError } from '../../messages.js';
import { can, isOwner } from '../../permissions.js';
import { applyGuildEvent } from '../../state.js';
import { alertRegion, field, markInvalid, say, statusRegion, whileBusy } from '../form.js';
import { Invalid, openFormDialog } from '../form-dialog.js';
import { guildIcon } from '../guild/guild-icon.js';
import { toast } from '../toast.js';

const NAME_MAX = 100;
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/gif';

/** Renders the Overview tab; returns {element, cleanup}. */
export function renderOverviewTab({ ctx, guildId }) {
  const { store } = ctx;
  const view = () => store.get().guilds?.[guildId];
  const first = view();
  const error = alertRegion('guild-overview-error');
  const done = statusRegion('guild-overview-status');
  const manage = can(first, 'manage_guild');
  const owner = isOwner(first);
  const disposers = [];

  // Name.
  const name = field({ id: 'guild-name', label: 'Server name', value: first.guild.name, maxlength: NAME_MAX, autocomplete: 'off', required: true });
  const saveName = h('button', { id: 'guild-name-save', type: 'submit', class: 'button button-primary' }, 'Save');
  const nameForm = h('form', { class: 'inline-form', novalidate: true }, name.element, saveName);
  nameForm.addEventListener('submit', (event) => {
    event.preventDefault();
    say(error, '');
    say(done, '');
    const valid = plainLine(name.input.value, NAME_MAX);
    markInvalid(name.input, !valid);
    if (!valid) {
      say(error, 'Give the server a name of 1 to 100 characters.');
      name.input.focus();
      return;
    }
    whileBusy(saveName, 'Saving…', async () => {
      try {
        applyGuildEvent(store, 'GUILD_UPDATE', await api.updateGuild(guildId, { name: valid }));
        say(done, 'The server is renamed.');
      } catch (err) {
        say(error, describeError(err));
      }
    });
  });

  // Icon.
  const preview = h('div', { class: 'guild-icon-preview' });
  const fileInput = h('input', { id: 'guild-icon-file', type: 'file', accept: IMAGE_TYPES, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  const upload = h('button', { id: 'guild-icon-upload', type: 'button', class: 'button button-primary' }, 'Upload icon');
  const remove = h('button', { id: 'guild-icon-remove', type: 'button', class: 'button button-danger-outline' }, 'Remove icon');
  upload.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    say(done, '');
    if (file.size > MAX_IMAGE_BYTES) {
      say(error, describeError({ code: 'payload_too_large' }));
      return;
    }
    say(error, '');
    whileBusy(upload, 'Uploading…', async () => {
      try {
        applyGuildEvent(store, 'GUILD_UPDATE', await api.uploadGuildIcon(guildId, file));
        say(done, 'The new icon is uploaded.');
      } catch (err) {
        say(error, describeError(err));
      }
    });
  });
  remove.addEventListener('click', () => whileBusy(remove, 'Removing…', async () => {
    say(error, '');
    say(done, '');
    try {
      applyGuildEvent(store, 'GUILD_UPDATE', await api.deleteGuildIcon(guildId));
      say(done, 'The icon is removed.');
      upload.focus();
    } catch (err) {
      say(error, describeError(err));
    }
  }));

  // Ownership.
  const target = h('select', { id: 'guild-transfer-target', class: 'input' });
  const transfer = h('button', { id: 'guild-transfer', type: 'button', class: 'button button-danger-outline' }, 'Transfer ownership');
  transfer.addEventListener('click', () => {
    const member = store.get().members?.[guildId]?.[target.value];
    if (member) confirmTransfer(ctx, guildId, member);
  });
  const deleteServer = h('button', { id: 'guild-delete', type: 'button', class: 'button button-danger' }, 'Delete server');
  deleteServer.addEventListener('click', () => confirmDelete(ctx, guildId));
  if (owner) ctx.live.loadMembers(guildId).catch((err) => say(error, describeError(err)));

  let shownName = first.guild.name;
  disposers.push(store.watch(['guilds', 'members'], (state) => {
    const current = state.guilds?.[guildId];
    if (!current) return;
    // Someone else's rename shows, unless this member is in the middle of typing one.
    if (current.guild.name !== shownName && (name.input.value === shownName || document.activeElement !== name.input)) {
      name.input.value = current.guild.name;
    }
    shownName = current.guild.name;
    replace(preview, guildIcon(current.guild, { size: 'xl' }));
    remove.hidden = !current.guild.icon_url;
    const members = Object.values(state.members?.[guildId] ?? {}).filter((m) => m.user.id !== current.me.user.id)
      .sort((a, b) => memberName(a).localeCompare(memberName(b)));
    const chosen = target.value;
    replace(target, members.length === 0
      ? h('option', { value: '' }, state.members?.[guildId] ? 'Nobody else is in this server' : 'Loading members…')
      : members.map((member) => h('option', { value: member.user.id, selected: member.user.id === chosen }, `${memberName(member)} (@${member.user.username})`)));
    transfer.disabled = members.length === 0;
  }));

  const element = h('div', { class: 'settings-section' },
    error,
    done,
    manage && h('div', { class: 'settings-group settings-group-first' }, nameForm),
    manage && h('section', { class: 'settings-group', 'aria-labelledby': 'guild-overview-icon-title' },
      h('h3', { id: 'guild-overview-icon-title', class: 'settings-group-title' }, 'Icon'),
      h('div', { class: 'avatar-current' }, preview,
        h('div', {},
          h('p', { class: 'settings-hint' }, 'PNG, JPEG, WebP or GIF, up to 2 MB. Square images look best.'),
          h('div', { class: 'form-actions' }, upload, remove, fileInput)))),
    owner && h('section', { class: 'settings-group', 'aria-labelledby': 'guild-overview-owner-title' },
      h('h3', { id: 'guild-overview-owner-title', class: 'settings-group-title' }, 'Transfer ownership'),
      h('p', { class: 'settings-hint' }, 'The new owner can do everything here, you included. You stay a member and can leave afterwards.'),
      h('div', { class: 'inline-form' },
        h('div', { class: 'field field-inline' }, h('label', { class: 'field-label', for: 'guild-transfer-target' }, 'New owner'), target),
        transfer)),
    owner && h('section', { class: 'settings-group danger-zone', 'aria-labelledby': 'guild-overview-delete-title' },
      h('h3', { id: 'guild-overview-delete-title', class: 'settings-group-title' }, 'Delete server'),
      h('p', { class: 'settings-hint' }, 'Deleting the server removes its channels, roles, invites and members for good.'),
      deleteServer));
  return { element, cleanup: () => disposers.forEach((dispose) => dispose()) };
}

function confirmTransfer(ctx, guildId, member) {
  const name = memberName(member);
  openFormDialog({
    id: 'transfer-dialog',
    title: `Make ${name} the owner?`,
    intro: [`${name} will own ${ctx.store.get().guilds?.[guildId]?.guild.name ?? 'the server'}. Only they can give it back.`],
    submitId: 'transfer-confirm',
    submitLabel: 'Transfer ownership',
    busyLabel: 'Transferring…',
    danger: true,
    onSubmit: async () => {
      applyGuildEvent(ctx.store, 'GUILD_UPDATE', await api.transferGuild(guildId, member.user.id));
      toast(`${name} owns the server now.`);
    },
  });
}

function confirmDelete(ctx, guildId) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return;
  const serverName = view.guild.name;
  const typed = field({ id: 'delete-guild-name', label: 'Type the server’s name to confirm', autocomplete: 'off', spellcheck: 'false' });
  openFormDialog({
    id: 'delete-guild-dialog',
    title: `Delete ${serverName}?`,
    intro: ['Its channels, roles and invites go for good, and every member loses access. This cannot be undone.'],
    body: [typed.element],
    submitId: 'delete-guild-confirm',
    submitLabel: 'Delete server',
    busyLabel: 'Deleting…',
    danger: true,
    initialFocus: () => typed.input,
    onSubmit: async () => {
      if (typed.input.value.trim() !== serverName.trim()) throw new Invalid('Type the name exactly as it is shown in the title.', typed.input);
      await ctx.live.depart(guildId, () => api.deleteGuild(guildId));
      toast(`${serverName} is deleted.`);
      ctx.navigate('/app');
    },
  });
}
