// What can be done with channels: create, delete, move (drag, keys or menu), copy a link — each only when allowed.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import {
  applyMoves, arrangementOf, channelTree, guildPath, movesFor, normalizeChannelName, plainLine, stepInArrangement,
} from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { can, canIn } from '../../permissions.js';
import { applyGuildEvent, channelsPatch } from '../../state.js';
import { copyWithToast } from '../clipboard.js';
import { field } from '../form.js';
import { Invalid, openFormDialog } from '../form-dialog.js';
import { openGuildSettings } from '../guild-settings/guild-settings.js';
import { toast } from '../toast.js';

const NAME_MAX = 100;
const TYPES = [['text', 'Text channel'], ['voice', 'Voice channel'], ['category', 'Category']];

/** How a channel is named on screen: "#general" for text channels, the plain name otherwise. */
export function channelLabel(channel) {
  return channel.type === 'text' ? `#${channel.name}` : channel.name;
}

/** The context menu items for a channel or category. */
export function channelMenuItems(ctx, guildId, channel) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return [];
  const manage = canIn(view, channel, 'manage_channels');
  const edit = manage || canIn(view, channel, 'manage_roles');
  const move = can(view, 'manage_channels');
  const category = channel.type === 'category';
  const link = `${location.origin}${guildPath(guildId, channel.id)}`;
  return [
    edit && { label: category ? 'Edit category' : 'Edit channel', marker: icon('gear', 'icon menu-icon'), onSelect: () => openGuildSettings(ctx, guildId, 'channels', { channelId: channel.id }) },
    category && manage && { label: 'Create channel here', marker: icon('plus', 'icon menu-icon'), onSelect: () => openCreateChannel(ctx, guildId, { parentId: channel.id }) },
    move && { label: 'Move up', hint: 'Alt+↑', onSelect: () => moveChannel(ctx, guildId, channel.id, -1) },
    move && { label: 'Move down', hint: 'Alt+↓', onSelect: () => moveChannel(ctx, guildId, channel.id, 1) },
    manage && { separator: true },
    manage && { label: category ? 'Delete category' : 'Delete channel', danger: true, marker: icon('trash', 'icon menu-icon'), onSelect: () => confirmDeleteChannel(ctx, guildId, channel) },
    { separator: true },
    !category && { label: 'Copy link', marker: icon('link', 'icon menu-icon'), onSelect: () => copyWithToast(link, 'Link') },
    { label: 'Copy channel ID', marker: icon('copy', 'icon menu-icon'), onSelect: () => copyWithToast(channel.id, 'Channel ID') },
  ];
}

/** Opens #create-channel-dialog; `parentId` preselects a category, `type` the kind. A new channel opens at once. */
export function openCreateChannel(ctx, guildId, { parentId = null, type = 'text' } = {}) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return;
  const typeSelect = h('select', { id: 'create-channel-type', class: 'input' },
    TYPES.map(([value, label]) => h('option', { value, selected: value === type }, label)));
  const name = field({ id: 'create-channel-name', label: 'Name', maxlength: NAME_MAX, autocomplete: 'off', spellcheck: 'false', placeholder: 'new-channel' });
  const parents = channelTree(view.channels).categories.map(({ category }) => category).filter((c) => canIn(view, c, 'manage_channels'));
  const parentSelect = h('select', { id: 'create-channel-parent', class: 'input' },
    h('option', { value: '', disabled: !can(view, 'manage_channels') }, 'No category'),
    parents.map((category) => h('option', { value: category.id, selected: category.id === parentId }, category.name)));
  if (!parentId && !can(view, 'manage_channels') && parents[0]) parentSelect.value = parents[0].id;
  const parentField = h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'create-channel-parent' }, 'Category'), parentSelect);
  const hint = h('p', { class: 'field-hint', id: 'create-channel-name-hint' });
  name.input.setAttribute('aria-describedby', hint.id);
  name.element.append(hint);

  const sync = () => {
    const kind = typeSelect.value;
    parentField.hidden = kind === 'category' || parents.length === 0;
    name.input.placeholder = kind === 'text' ? 'new-channel' : kind === 'voice' ? 'Lounge' : 'Projects';
    hint.textContent = kind === 'text' ? 'Lower case, no spaces: “Book Club” becomes “book-club”.' : 'Up to 100 characters.';
  };
  typeSelect.addEventListener('change', sync);
  // Text channel names are shown as they will be kept, while typing (same length, so the caret stays).
  name.input.addEventListener('input', () => {
    if (typeSelect.value !== 'text') return;
    const { selectionStart, selectionEnd } = name.input;
    name.input.value = name.input.value.toLowerCase().replace(/\s/gu, '-');
    name.input.setSelectionRange(selectionStart, selectionEnd);
  });
  sync();

  openFormDialog({
    id: 'create-channel-dialog',
    title: 'Create a channel',
    intro: [`In ${view.guild.name}.`],
    body: [
      h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'create-channel-type' }, 'Type'), typeSelect),
      name.element,
      parentField,
    ],
    submitId: 'create-channel-submit',
    submitLabel: 'Create channel',
    busyLabel: 'Creating…',
    initialFocus: () => name.input,
    onSubmit: async () => {
      const kind = typeSelect.value;
      const valid = plainLine(normalizeChannelName(kind, name.input.value), NAME_MAX);
      if (!valid) throw new Invalid('Give the channel a name of 1 to 100 characters.', name.input);
      const body = { type: kind, name: valid };
      if (kind !== 'category' && parentSelect.value) body.parent_id = parentSelect.value;
      const channel = await api.createChannel(guildId, body);
      applyGuildEvent(ctx.store, 'CHANNEL_CREATE', channel);
      if (kind !== 'category') ctx.navigate(guildPath(guildId, channel.id));
    },
  });
}

/** Asks, then deletes a channel or category (whose channels stay, without a category). */
export function confirmDeleteChannel(ctx, guildId, channel) {
  const category = channel.type === 'category';
  openFormDialog({
    id: 'delete-channel-dialog',
    title: category ? `Delete the category ${channel.name}?` : `Delete ${channelLabel(channel)}?`,
    intro: [category ? 'Its channels stay, without a category.' : 'This cannot be undone.'],
    submitId: 'delete-channel-confirm',
    submitLabel: category ? 'Delete category' : 'Delete channel',
    busyLabel: 'Deleting…',
    danger: true,
    onSubmit: async () => {
      await api.deleteChannel(channel.id);
      applyGuildEvent(ctx.store, 'CHANNEL_DELETE', { id: channel.id, guild_id: guildId });
      toast(`${category ? channel.name : channelLabel(channel)} was deleted.`);
    },
  });
}

/** Moves a channel one step up or down (see stepInArrangement). */
export function moveChannel(ctx, guildId, channelId, delta) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return;
  const next = stepInArrangement(arrangementOf(channelTree(view.channels)), channelId, delta);
  if (next) arrangeChannels(ctx, guildId, next);
}

/** Saves a new arrangement of the channel list: shown at once, undone if the server refuses it. */
export async function arrangeChannels(ctx, guildId, arrangement) {
  const { store } = ctx;
  const view = store.get().guilds?.[guildId];
  if (!view) return;
  const moves = movesFor(view.channels, arrangement);
  if (moves.length === 0) return;
  store.set(channelsPatch(store.get(), guildId, applyMoves(view.channels, moves)));
  try {
    await api.reorderChannels(guildId, moves);
  } catch (err) {
    toast(`The channels could not be moved. ${describeError(err)}`);
    try {
      const channels = await api.getChannels(guildId);
      if (store.get().guilds?.[guildId]) store.set(channelsPatch(store.get(), guildId, channels));
    } catch {
      // The next event or reconnect brings the list back in step.
    }
  }
}
