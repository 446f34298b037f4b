// Server settings → Channels: pick a channel; edit its name, topic and category, delete it, and set its permissions.
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { channelTree, flatten, normalizeChannelName, plainLine } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { canAnywhere, canIn } from '../../permissions.js';
import { applyGuildEvent } from '../../state.js';
import { emptyState } from '../empty-state.js';
import { alertRegion, field, markInvalid, say, statusRegion, whileBusy } from '../form.js';
import { channelLabel, confirmDeleteChannel, openCreateChannel } from '../guild/channel-actions.js';
import { renderOverwriteEditor } from './overwrites.js';

const NAME_MAX = 100;
const TOPIC_MAX = 1024;

/** Renders the Channels tab; `options.channelId` picks the channel to edit. Returns {element, cleanup}. */
export function renderChannelsTab({ ctx, guildId, options }) {
  const { store } = ctx;
  const picker = h('ul', { id: 'guild-channel-picker', class: 'picker-list', 'aria-label': 'Channels' });
  const editor = h('div', { id: 'channel-editor', class: 'picker-editor' });
  const create = h('button', { id: 'settings-create-channel', type: 'button', class: 'button button-secondary button-small' }, 'Create channel');
  create.addEventListener('click', () => openCreateChannel(ctx, guildId));
  let selected = options.channelId ?? null;
  let editing = null;
  let shownChannels = null;

  const editable = (view, channel) => canIn(view, channel, 'manage_channels') || canIn(view, channel, 'manage_roles');

  const renderPicker = (view) => {
    const focused = picker.contains(document.activeElement) ? document.activeElement.dataset.editChannelId : null;
    const channels = flatten(channelTree(view.channels)).filter((channel) => editable(view, channel));
    replace(picker, channels.map((channel) => h('li', {},
      h('button', {
        type: 'button', class: ['picker-item', channel.type === 'category' ? 'picker-category' : 'picker-nested'],
        'aria-current': channel.id === selected ? 'true' : null, dataset: { editChannelId: channel.id },
        onclick: () => choose(channel.id),
      },
      channel.type !== 'category' && icon(channel.type === 'voice' ? 'speaker' : 'hash', 'icon picker-icon'),
      h('span', { class: 'picker-name' }, channel.name)))));
    if (channels.length === 0) picker.append(h('li', { class: 'item-placeholder' }, 'There is no channel you may edit.'));
    if (focused) picker.querySelector(`[data-edit-channel-id="${CSS.escape(focused)}"]`)?.focus();
    return channels;
  };

  const choose = (channelId) => {
    selected = channelId;
    editing = null;
    refresh(store.get(), true);
  };

  const refresh = (state, force = false) => {
    const view = state.guilds?.[guildId];
    if (!view) return;
    create.hidden = !canAnywhere(view, 'manage_channels');
    let channels = null;
    if (force || view.channels !== shownChannels) {
      shownChannels = view.channels;
      channels = renderPicker(view);
    }
    const channel = view.channels.find((c) => c.id === selected && editable(view, c));
    if (!channel) {
      const first = (channels ?? flatten(channelTree(view.channels)).filter((c) => editable(view, c)))[0];
      if (first && first.id !== selected) {
        choose(first.id);
        return;
      }
      editing = null;
      replace(editor, emptyState('hash', 'Pick a channel to edit it.'));
      return;
    }
    if (editing?.channelId !== channel.id) {
      editing = channelEditor(ctx, guildId, view, channel);
      replace(editor, editing.element);
    } else {
      editing.update(view, channel);
    }
  };

  const unwatch = store.watch(['guilds', 'members'], (state) => refresh(state));
  const element = h('div', { class: 'settings-section settings-section-wide' },
    h('div', { class: 'picker-layout' },
      h('div', { class: 'picker-side' }, h('div', { class: 'picker-toolbar' }, create), picker),
      editor));
  return { element, cleanup: unwatch };
}

/** The form for one channel plus its overwrite editor; returns {channelId, element, update(view, channel)}. */
function channelEditor(ctx, guildId, view, channel) {
  const { store } = ctx;
  const manage = canIn(view, channel, 'manage_channels');
  const error = alertRegion('channel-edit-error');
  const done = statusRegion('channel-edit-status');
  const name = field({ id: 'channel-edit-name', label: 'Name', value: channel.name, maxlength: NAME_MAX, autocomplete: 'off', spellcheck: 'false' });
  const topic = h('textarea', { id: 'channel-edit-topic', class: 'input textarea', maxlength: TOPIC_MAX, rows: 3, value: channel.topic ?? '' });
  const parent = h('select', { id: 'channel-edit-parent', class: 'input' });
  const save = h('button', { id: 'channel-edit-save', type: 'submit', class: 'button button-primary' }, 'Save changes');
  const remove = h('button', { id: 'channel-edit-delete', type: 'button', class: 'button button-danger-outline' },
    channel.type === 'category' ? 'Delete category' : 'Delete channel');
  remove.addEventListener('click', () => {
    const latest = store.get().guilds?.[guildId]?.channels.find((c) => c.id === channel.id);
    if (latest) confirmDeleteChannel(ctx, guildId, latest);
  });

  let parentTouched = false;
  parent.addEventListener('change', () => { parentTouched = true; });
  const fillParents = (currentView, currentChannel) => {
    const categories = channelTree(currentView.channels).categories.map(({ category }) => category);
    const chosen = parentTouched ? parent.value : currentChannel.parent_id ?? '';
    replace(parent, h('option', { value: '' }, 'No category'),
      categories.map((category) => h('option', { value: category.id }, category.name)));
    parent.value = chosen;
  };
  fillParents(view, channel);

  const onSubmit = (event) => {
    event.preventDefault();
    say(error, '');
    say(done, '');
    const latest = store.get().guilds?.[guildId]?.channels.find((c) => c.id === channel.id);
    if (!latest) return;
    const valid = plainLine(normalizeChannelName(latest.type, name.input.value), NAME_MAX);
    markInvalid(name.input, !valid);
    if (!valid) {
      say(error, 'Give the channel a name of 1 to 100 characters.');
      name.input.focus();
      return;
    }
    const patch = {};
    if (valid !== latest.name) patch.name = valid;
    if (latest.type === 'text') {
      const text = topic.value.trim();
      if (text.length > TOPIC_MAX) {
        say(error, describeError({ code: 'invalid_topic' }));
        topic.focus();
        return;
      }
      if ((text || null) !== (latest.topic ?? null)) patch.topic = text || null;
    }
    if (latest.type !== 'category' && (parent.value || null) !== (latest.parent_id ?? null)) patch.parent_id = parent.value || null;
    if (Object.keys(patch).length === 0) {
      say(done, 'Nothing to save.');
      return;
    }
    whileBusy(save, 'Saving…', async () => {
      try {
        const updated = await api.updateChannel(latest.id, patch);
        applyGuildEvent(store, 'CHANNEL_UPDATE', updated);
        name.input.value = updated.name;
        parentTouched = false;
        say(done, 'Saved.');
      } catch (err) {
        say(error, describeError(err));
      }
    });
  };

  const overwrites = canIn(view, channel, 'manage_roles') ? renderOverwriteEditor(ctx, guildId, channel.id) : null;
  const element = h('div', { class: 'channel-editor' },
    h('h3', { class: 'picker-editor-title' }, channel.type === 'category' ? `Category ${channel.name}` : channelLabel(channel)),
    manage && h('form', { class: 'settings-form channel-edit-form', novalidate: true, onsubmit: onSubmit },
      name.element,
      channel.type === 'text' && h('div', { class: 'field' },
        h('label', { class: 'field-label', for: 'channel-edit-topic' }, 'Topic'), topic,
        h('p', { class: 'field-hint' }, 'Shown in the channel’s header. Up to 1024 characters.')),
      channel.type !== 'category' && h('div', { class: 'field' },
        h('label', { class: 'field-label', for: 'channel-edit-parent' }, 'Category'), parent),
      error,
      h('div', { class: 'form-actions' }, save, remove, done)),
    overwrites?.element);

  return {
    channelId: channel.id,
    element,
    update(currentView, currentChannel) {
      fillParents(currentView, currentChannel);
      overwrites?.update();
    },
  };
}
