// The channel list (#channel-list): collapsible categories, text and voice channels, drag and drop and Alt+arrows
// to move them for members with manage_channels, and a context menu on each.
import { h } from '../../dom.js';
import { arrangementOf, channelTree, guildPath } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { can, canIn } from '../../permissions.js';
import { attachContextMenu } from '../context-menu.js';
import { openGuildSettings } from '../guild-settings/guild-settings.js';
import { arrangeChannels, channelLabel, channelMenuItems, moveChannel, openCreateChannel } from './channel-actions.js';

const DRAG_TYPE = 'application/x-decentra-channel';
const ITEM = '[data-channel-id]';

/** Renders the channel list of a server; `onChoose` runs when a channel is picked. Returns {element, setCurrent, cleanup}. */
export function renderChannelList(ctx, guildId, { onChoose }) {
  const { store } = ctx;
  const list = h('ul', { id: 'channel-list', class: 'channel-list' });
  const element = h('nav', { class: 'channel-nav', 'aria-label': 'Channels' }, list);
  const collapsed = loadCollapsed(guildId);
  let current = null;
  let shown = { channels: null, permissions: null };
  let dragging = null;

  const render = () => {
    const view = store.get().guilds?.[guildId];
    if (!view) {
      list.replaceChildren(h('li', { class: 'channel-placeholder' }, store.get().guilds ? '' : 'Loading channels…'));
      shown = { channels: null, permissions: null };
      return;
    }
    if (shown.channels === view.channels && shown.permissions === view.permissions) return;
    shown = { channels: view.channels, permissions: view.permissions };
    const focused = list.contains(document.activeElement) ? document.activeElement.closest(ITEM)?.dataset.channelId : null;
    const tree = channelTree(view.channels);
    const movable = can(view, 'manage_channels');
    list.replaceChildren(
      ...tree.top.map((channel) => channelItem(view, channel, movable)),
      ...tree.categories.map(({ category, channels }) => categoryItem(view, category, channels, movable)));
    if (view.channels.length === 0) list.append(h('li', { class: 'channel-placeholder' }, 'No channels you can see.'));
    markCurrent();
    if (focused) list.querySelector(`[data-channel-id="${CSS.escape(focused)}"]`)?.focus();
  };

  const channelItem = (view, channel, movable) => {
    const editable = canIn(view, channel, 'manage_channels') || canIn(view, channel, 'manage_roles');
    return h('li', { class: 'channel-item' },
      h('a', {
        class: 'channel', href: guildPath(guildId, channel.id), 'data-route': true, draggable: movable ? 'true' : 'false',
        dataset: { channelId: channel.id, channelType: channel.type },
        'aria-label': channel.type === 'voice' ? `${channel.name} (voice channel)` : `${channel.name} (text channel)`,
      },
      icon(channel.type === 'voice' ? 'speaker' : 'hash', 'icon channel-icon'),
      h('span', { class: 'channel-name' }, channel.name)),
      editable && h('button', {
        type: 'button', class: 'channel-action', 'aria-label': `Edit ${channelLabel(channel)}`, title: 'Edit channel',
        onclick: () => openGuildSettings(ctx, guildId, 'channels', { channelId: channel.id }),
      }, icon('gear', 'icon channel-action-icon')));
  };

  const categoryItem = (view, category, channels, movable) => {
    const open = !collapsed.has(category.id);
    const group = h('ul', { class: 'channel-group', id: `channel-group-${category.id}` },
      channels.map((channel) => channelItem(view, channel, movable)));
    return h('li', { class: 'channel-category', dataset: { collapsed: String(!open) } },
      h('div', { class: 'category-row' },
        h('button', {
          type: 'button', class: 'category', 'aria-expanded': String(open), 'aria-controls': group.id,
          draggable: movable ? 'true' : 'false', dataset: { channelId: category.id, channelType: 'category' },
          onclick: () => toggle(category.id),
        }, icon('chevron', 'icon category-chevron'), h('span', { class: 'category-name' }, category.name)),
        canIn(view, category, 'manage_channels') && h('button', {
          type: 'button', class: 'channel-action', 'aria-label': `Create a channel in ${category.name}`, title: 'Create channel',
          onclick: () => openCreateChannel(ctx, guildId, { parentId: category.id }),
        }, icon('plus', 'icon channel-action-icon'))),
      group);
  };

  const toggle = (categoryId) => {
    if (collapsed.has(categoryId)) collapsed.delete(categoryId);
    else collapsed.add(categoryId);
    saveCollapsed(guildId, collapsed);
    const button = list.querySelector(`.category[data-channel-id="${CSS.escape(categoryId)}"]`);
    const open = !collapsed.has(categoryId);
    button?.setAttribute('aria-expanded', String(open));
    if (button) button.closest('.channel-category').dataset.collapsed = String(!open);
  };

  const markCurrent = () => {
    for (const link of list.querySelectorAll('a.channel')) {
      const here = link.dataset.channelId === current;
      if (here) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
      // A collapsed category still shows the channel one is in.
      link.closest('.channel-item').classList.toggle('channel-item-current', here);
    }
  };

  // Keyboard: arrows move between entries, Alt+arrows move the channel itself.
  list.addEventListener('keydown', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    const view = store.get().guilds?.[guildId];
    if (event.altKey) {
      if (view && can(view, 'manage_channels')) moveChannel(ctx, guildId, item.dataset.channelId, delta);
      return;
    }
    const items = [...list.querySelectorAll(ITEM)].filter((el) => el.getClientRects().length > 0);
    items[items.indexOf(item) + delta]?.focus();
  });
  list.addEventListener('click', (event) => {
    if (event.target.closest?.('a.channel') && !event.defaultPrevented) onChoose?.();
  });

  // Drag and drop.
  const clearMarks = () => {
    for (const el of list.querySelectorAll('[data-drop]')) delete el.dataset.drop;
  };
  const dropSpot = (event) => {
    const target = event.target.closest?.(ITEM);
    if (!dragging || !target || target.dataset.channelId === dragging.id) return null;
    const rect = target.getBoundingClientRect();
    const ratio = (event.clientY - rect.top) / rect.height;
    const onCategory = target.dataset.channelType === 'category';
    if (dragging.type === 'category') {
      const header = onCategory ? target : null;
      return header ? { target: header, where: ratio < 0.5 ? 'before' : 'after' } : null;
    }
    if (onCategory) return { target, where: ratio < 0.3 ? 'before' : 'into' };
    return { target, where: ratio < 0.5 ? 'before' : 'after' };
  };
  list.addEventListener('dragstart', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || item.getAttribute('draggable') !== 'true') return;
    dragging = { id: item.dataset.channelId, type: item.dataset.channelType };
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, dragging.id);
    item.classList.add('dragging');
  });
  list.addEventListener('dragover', (event) => {
    const spot = dropSpot(event);
    clearMarks();
    if (!spot) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    spot.target.dataset.drop = spot.where;
  });
  list.addEventListener('dragleave', (event) => {
    if (!list.contains(event.relatedTarget)) clearMarks();
  });
  list.addEventListener('drop', (event) => {
    const spot = dropSpot(event);
    clearMarks();
    if (!spot) return;
    event.preventDefault();
    const view = store.get().guilds?.[guildId];
    if (view) arrangeChannels(ctx, guildId, dropped(arrangementOf(channelTree(view.channels)), dragging, spot));
  });
  list.addEventListener('dragend', () => {
    clearMarks();
    list.querySelector('.dragging')?.classList.remove('dragging');
    dragging = null;
  });

  const detachMenu = attachContextMenu(list, {
    selector: ITEM,
    label: (target) => `${target.textContent} options`,
    items: (target) => {
      const channel = store.get().guilds?.[guildId]?.channels.find((c) => c.id === target.dataset.channelId);
      return channel ? channelMenuItems(ctx, guildId, channel) : [];
    },
  });
  const unwatch = store.watch(['guilds'], render);

  return {
    element,
    /** Marks the channel being shown. */
    setCurrent(channelId) {
      current = channelId;
      markCurrent();
    },
    cleanup: () => {
      unwatch();
      detachMenu();
    },
  };
}

/** The arrangement after dropping `dragged` at `spot` ({target, where: before | after | into}). */
function dropped(arrangement, dragged, { target, where }) {
  const targetId = target.dataset.channelId;
  const next = {
    top: arrangement.top.filter((id) => id !== dragged.id),
    categories: arrangement.categories.filter((c) => c.id !== dragged.id || dragged.type !== 'category')
      .map((c) => ({ id: c.id, channels: c.channels.filter((id) => id !== dragged.id) })),
  };
  if (dragged.type === 'category') {
    const moved = arrangement.categories.find((c) => c.id === dragged.id);
    const index = next.categories.findIndex((c) => c.id === targetId);
    next.categories.splice(where === 'before' ? index : index + 1, 0, moved);
    return next;
  }
  const categoryIndex = next.categories.findIndex((c) => c.id === targetId);
  if (categoryIndex >= 0) {
    if (where === 'into') next.categories[categoryIndex].channels.unshift(dragged.id);
    // Just above a category header: the end of whatever comes before it.
    else if (categoryIndex === 0) next.top.push(dragged.id);
    else next.categories[categoryIndex - 1].channels.push(dragged.id);
    return next;
  }
  const group = [next.top, ...next.categories.map((c) => c.channels)].find((ids) => ids.includes(targetId));
  const index = group.indexOf(targetId);
  group.splice(where === 'before' ? index : index + 1, 0, dragged.id);
  return next;
}

function loadCollapsed(guildId) {
  try {
    return new Set(JSON.parse(localStorage.getItem(`decentra.collapsed.${guildId}`) ?? '[]'));
  } catch {
    return new Set();
  }
}

function saveCollapsed(guildId, collapsed) {
  try {
    localStorage.setItem(`decentra.collapsed.${guildId}`, JSON.stringify([...collapsed]));
  } catch {
    // Private modes may refuse storage; collapsing still works until the page reloads.
  }
}
