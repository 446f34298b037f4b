// A server on screen (/app/guilds/{guild}/{channel}): header and channel list, the channel, the member column.
// It follows the store, and leaves when the channel or the whole server is gone.
import { h, replace } from '../../dom.js';
import { defaultChannel, guildPath } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { canAnywhere } from '../../permissions.js';
import { openGuildSettings, settingsTabs } from '../guild-settings/guild-settings.js';
import { openMenu } from '../menu.js';
import { toast } from '../toast.js';
import { channelLabel, openCreateChannel } from './channel-actions.js';
import { renderChannelList } from './channel-list.js';
import { renderChannelView } from './channel-view.js';
import { guildMenuItems } from './guild-actions.js';
import { renderMemberList } from './member-list.js';

/** Mounts a server into the shell's slots; returns {update(route), cleanup}. */
export function mountGuild(ctx, slots, shell, route) {
  const { store, navigate } = ctx;
  const { guildId } = route;
  let channelId = route.channelId;
  let active = true;
  let seenGuild = false;
  const seenChannels = new Map();

  const header = renderGuildHeader(ctx, guildId);
  const channels = renderChannelList(ctx, guildId, { onChoose: shell.closeNav });
  replace(slots.sidebar, header.element, channels.element);
  const main = renderChannelView(ctx, guildId, slots);
  const members = renderMemberList(ctx, guildId);
  replace(slots.members, ...members.element);

  // Navigation from inside a store notification waits until it is over.
  const go = (path) => queueMicrotask(() => {
    if (active) navigate(path, { replace: true });
  });

  const resolve = () => {
    const { guilds } = store.get();
    if (!guilds) {
      main.show(null, null);
      return;
    }
    const view = guilds[guildId];
    if (!view) {
      // A server that went away has had its notice (removed, or left); an unknown one gets one here.
      if (!seenGuild) toast('That server does not exist, or you are not a member of it.');
      go('/app');
      return;
    }
    seenGuild = true;
    for (const channel of view.channels) seenChannels.set(channel.id, channel);
    const channel = view.channels.find((c) => c.id === channelId && c.type !== 'category');
    if (!channel) {
      const gone = channelId && seenChannels.get(channelId);
      if (gone) toast(`${channelLabel(gone)} was deleted, or you can no longer see it.`);
      const remembered = view.channels.find((c) => c.id === ctx.lastChannel.get(guildId));
      const next = remembered && remembered.id !== channelId ? remembered : defaultChannel(view);
      if (next && next.id !== channelId) {
        go(guildPath(guildId, next.id));
        return;
      }
      main.show(view, null);
      channels.setCurrent(null);
      return;
    }
    ctx.lastChannel.set(guildId, channel.id);
    channels.setCurrent(channel.id);
    main.show(view, channel);
  };

  const unwatch = store.watch(['guilds'], resolve);

  return {
    update(next) {
      channelId = next.channelId;
      resolve();
    },
    cleanup() {
      active = false;
      unwatch();
      header.cleanup();
      channels.cleanup();
      members.cleanup();
    },
  };
}

/** The sidebar header: the server's name (a menu), and buttons to create a channel and open the settings. */
function renderGuildHeader(ctx, guildId) {
  const { store } = ctx;
  const name = h('h2', { id: 'sidebar-title', class: 'sidebar-title guild-header-name' });
  const menuButton = h('button', {
    id: 'guild-menu-button', type: 'button', class: 'guild-header-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
  }, name, icon('chevron', 'icon guild-header-chevron'));
  const create = h('button', {
    id: 'create-channel', type: 'button', class: 'icon-button', 'aria-label': 'Create channel', title: 'Create channel', hidden: true,
    onclick: () => openCreateChannel(ctx, guildId),
  }, icon('plus'));
  const settings = h('button', {
    id: 'open-guild-settings', type: 'button', class: 'icon-button', 'aria-label': 'Server settings', title: 'Server settings', hidden: true,
    onclick: () => openGuildSettings(ctx, guildId),
  }, icon('gear'));
  const element = h('header', { class: 'sidebar-header guild-header' }, menuButton, create, settings);

  let menu = null;
  menuButton.addEventListener('click', () => {
    if (menu) {
      menu.close({ restoreFocus: true });
      return;
    }
    menu = openMenu({
      anchor: menuButton, container: element, id: 'guild-menu', label: `${name.textContent} options`,
      items: guildMenuItems(ctx, guildId, { header: true }), onClose: () => { menu = null; },
    });
  });

  const unwatch = store.watch(['guilds'], ({ guilds }) => {
    const view = guilds?.[guildId];
    name.textContent = view ? view.guild.name : guilds ? '' : 'Loading…';
    menuButton.disabled = !view;
    create.hidden = !view || !canAnywhere(view, 'manage_channels');
    settings.hidden = !view || settingsTabs(view).length === 0;
  });
  return {
    element,
    cleanup: () => {
      menu?.close({ restoreFocus: false });
      unwatch();
    },
  };
}
