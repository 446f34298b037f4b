// The server rail (#server-rail): home, one button per server (with a context menu), and the add button.
import { h, replace } from '../../dom.js';
import { guildPath } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { attachContextMenu } from '../context-menu.js';
import { openCreateGuild } from './add-server.js';
import { guildMenuItems } from './guild-actions.js';
import { guildIcon } from './guild-icon.js';

/** Renders the rail; it follows the servers and the path in the store. Returns {element, cleanup}. */
export function renderRail(ctx) {
  const { store, navigate } = ctx;
  const home = railButton('Direct Messages', icon('logo', 'icon rail-icon'), { class: 'rail-home' });
  home.addEventListener('click', () => navigate('/app'));
  const add = railButton('Add a server', icon('plus', 'icon rail-icon'), { id: 'add-server', class: 'rail-add' });
  add.addEventListener('click', () => openCreateGuild(ctx));

  const list = h('ul', { class: 'rail-list rail-guilds', 'aria-label': 'Your servers' });
  const items = new Map();
  const element = h('nav', { id: 'server-rail', class: 'server-rail', 'aria-label': 'Servers' },
    h('ul', { class: 'rail-list' }, h('li', {}, home), h('li', { class: 'rail-separator', role: 'separator' })),
    list,
    h('ul', { class: 'rail-list' }, h('li', {}, add)));

  // The rail scrolls, which would clip tooltips inside it: they are fixed, placed next to their button.
  const placeTooltip = (event) => {
    const item = event.target.closest?.('.rail-item');
    const tip = item?.querySelector('.rail-tooltip');
    if (!tip) return;
    const rect = item.getBoundingClientRect();
    Object.assign(tip.style, { left: `${rect.right + 16}px`, top: `${rect.top + rect.height / 2}px` });
  };
  element.addEventListener('pointerover', placeTooltip);
  element.addEventListener('focusin', placeTooltip);

  const itemFor = (id) => {
    if (items.has(id)) return items.get(id);
    const button = railButton('', null, { dataset: { guildId: id } });
    button.addEventListener('click', () => navigate(guildPath(id, ctx.lastChannel?.get(id))));
    const detach = attachContextMenu(button, {
      label: () => `${store.get().guilds?.[id]?.guild.name ?? 'Server'} options`,
      items: () => guildMenuItems(ctx, id),
    });
    const item = { li: h('li', {}, button), button, guild: null, detach };
    items.set(id, item);
    return item;
  };

  const render = ({ guilds, guildOrder }) => {
    const order = guilds ? guildOrder : [];
    for (const [id, item] of items) {
      if (!guilds?.[id]) {
        item.detach();
        item.li.remove();
        items.delete(id);
      }
    }
    order.forEach((id, index) => {
      const item = itemFor(id);
      const guild = guilds[id].guild;
      if (item.guild !== guild) {
        item.guild = guild;
        item.button.setAttribute('aria-label', guild.name);
        replace(item.button, guildIcon(guild, { size: 'rail' }), tooltip(guild.name));
      }
      // Only move what is out of place, so that focus and hover stay where they are.
      if (list.children[index] !== item.li) list.insertBefore(item.li, list.children[index] ?? null);
    });
    markCurrent();
  };

  const markCurrent = () => {
    const match = /^\/app\/guilds\/([^/]+)/.exec(location.pathname);
    const current = match ? decodeURIComponent(match[1]) : null;
    home.toggleAttribute('aria-current', false);
    if (!current) home.setAttribute('aria-current', 'page');
    for (const [id, item] of items) {
      if (id === current) item.button.setAttribute('aria-current', 'page');
      else item.button.removeAttribute('aria-current');
    }
  };

  const disposers = [
    store.watch(['guilds', 'guildOrder'], render),
    store.watch(['path'], markCurrent),
  ];
  return {
    element,
    cleanup: () => {
      disposers.forEach((dispose) => dispose());
      for (const item of items.values()) item.detach();
    },
  };
}

function railButton(label, content, attrs) {
  return h('button', { type: 'button', 'aria-label': label || null, ...attrs, class: ['rail-item', attrs.class] },
    content, label && tooltip(label));
}

function tooltip(text) {
  return h('span', { class: 'rail-tooltip', 'aria-hidden': 'true' }, text);
}
