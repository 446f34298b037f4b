// Adding a server: the create-server dialog and the join-by-invite dialog (preview first, then join).
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { defaultChannel, guildPath, plainLine } from '../../guild-model.js';
import { putGuildPatch } from '../../state.js';
import { extractInviteCode } from '../auth.js';
import { displayName } from '../avatar.js';
import { field } from '../form.js';
import { Invalid, openFormDialog } from '../form-dialog.js';
import { invitePreviewCard } from './invite-preview.js';

const NAME_MAX = 100;

/** Opens #create-guild-dialog; a new server opens on its first text channel. */
export function openCreateGuild(ctx) {
  const { store } = ctx;
  const user = store.get().user;
  const name = field({
    id: 'create-guild-name', label: 'Server name', maxlength: NAME_MAX, autocomplete: 'off', required: true,
    value: user ? `${displayName(user)}’s server` : '', hint: 'You can change it later in the server settings.',
  });
  const join = h('button', { type: 'button', class: 'button button-link dialog-footer-start' }, 'Have an invite? Join a server');
  const dialog = openFormDialog({
    id: 'create-guild-dialog',
    title: 'Create a server',
    intro: ['A place for your people. It starts with a #general text channel and a General voice channel.'],
    body: [name.element],
    footer: join,
    submitId: 'create-guild-submit',
    submitLabel: 'Create server',
    busyLabel: 'Creating…',
    initialFocus: () => name.input,
    onSubmit: async () => {
      const valid = plainLine(name.input.value, NAME_MAX);
      if (!valid) throw new Invalid('Give the server a name of 1 to 100 characters.', name.input);
      const view = await api.createGuild(valid);
      enter(ctx, view);
    },
  });
  join.addEventListener('click', () => {
    dialog.close();
    openJoinGuild(ctx);
  });
  name.input.select();
}

/** Opens #join-guild-dialog: an invite link or code, its server's preview, then joining. */
export function openJoinGuild(ctx, code = '') {
  const input = field({
    id: 'join-guild-code', label: 'Invite link or code', value: code, autocomplete: 'off', autocapitalize: 'none',
    spellcheck: 'false', placeholder: `${location.origin}/invite/…`, required: true,
    hint: 'Invites look like the link above, or just the code at its end.',
  });
  const previewSlot = h('div', { class: 'join-preview', 'aria-live': 'polite' });
  let preview = null;

  const labelFor = () => (preview && preview.code === extractInviteCode(input.input.value) ? `Join ${preview.guild.name}` : 'Find server');
  input.input.addEventListener('input', () => {
    if (preview && preview.code !== extractInviteCode(input.input.value)) {
      preview = null;
      previewSlot.replaceChildren();
    }
    dialog.submit.textContent = labelFor();
  });

  const dialog = openFormDialog({
    id: 'join-guild-dialog',
    title: 'Join a server',
    intro: ['Enter the invite someone gave you. You will see which server it is before you join.'],
    body: [input.element, previewSlot],
    submitId: 'join-guild-submit',
    submitLabel: 'Find server',
    busyLabel: 'Looking…',
    initialFocus: () => input.input,
    onSubmit: async () => {
      const wanted = extractInviteCode(input.input.value);
      if (!wanted) throw new Invalid('Enter an invite link or code.', input.input);
      if (preview?.code === wanted) {
        enter(ctx, await api.acceptInvite(wanted));
        return true;
      }
      preview = null;
      previewSlot.replaceChildren();
      const found = await api.previewInvite(wanted);
      preview = { ...found, code: found.code ?? wanted };
      previewSlot.replaceChildren(invitePreviewCard(preview, { id: 'join-guild-preview' }));
      return false;
    },
    onSettled: (submit) => { submit.textContent = labelFor(); },
  });
  input.input.select();
}

/** Puts a server the user just created or joined into the store and opens it. */
export function enter({ store, navigate }, view) {
  if (store.get().guilds) store.set(putGuildPatch(store.get(), view));
  navigate(guildPath(view.guild.id, defaultChannel(view)?.id));
}
