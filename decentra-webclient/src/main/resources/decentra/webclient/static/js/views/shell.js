// The app shell: server rail, channel column with the user panel, main pane and member column.
// What fills the columns follows the path: the home screen under /app, a server under /app/guilds/….
import * as api from '../api.js';
import { focusables, h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { describeError } from '../messages.js';
import { avatar, displayName, STATUSES, statusLabel } from './avatar.js';
import { closeContextMenu } from './context-menu.js';
import { renderRail } from './guild/rail.js';
import { mountGuild } from './guild/guild-view.js';
import { mountHome } from './home.js';
import { openMenu } from './menu.js';
import { openSettings } from './settings.js';
import { toast } from './toast.js';

const BANNER_DELAY_MS = 1500;
const NARROW = '(max-width: 768px)';
const WIDE = '(min-width: 1200px)';

/** Renders the shell into `root` and keeps it in sync with the store; returns the function that takes it down. */
export function renderShell(root, ctx) {
  const { store } = ctx;
  const disposers = [];
  let settings = null;
  let statusMenu = null;
  document.title = 'Decentra';

  const showSettings = (tab) => {
    if (!settings) settings = openSettings(ctx, tab, () => { settings = null; });
  };

  // Server rail.
  const rail = renderRail(ctx);
  disposers.push(rail.cleanup);

  // User panel with its status menu.
  const panelAvatar = h('span', { class: 'user-panel-avatar' });
  const panelName = h('span', { id: 'user-panel-name', class: 'user-panel-name' });
  const panelSub = h('span', { class: 'user-panel-sub' });
  const identity = h('button', { type: 'button', class: 'user-panel-identity', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    panelAvatar, h('span', { class: 'user-panel-text' }, panelName, panelSub));
  const gear = h('button', { id: 'open-settings', type: 'button', class: 'icon-button', 'aria-label': 'User settings', title: 'User settings' },
    icon('gear'));
  const panel = h('section', { id: 'user-panel', class: 'user-panel', 'aria-label': 'Your account' }, identity, gear);
  gear.addEventListener('click', () => showSettings('account'));

  // Optimistic: the panel changes at once and goes back if the server disagrees.
  const setStatus = async (status) => {
    const before = store.get().user;
    if (before.status === status) return;
    store.set({ user: { ...before, status } });
    try {
      const updated = await api.updateMe({ status });
      if (store.get().user) store.set({ user: updated });
    } catch (err) {
      if (!store.get().user) return;
      store.set({ user: { ...store.get().user, status: before.status } });
      toast(`Your status could not be changed. ${describeError(err)}`);
    }
  };
  identity.addEventListener('click', () => {
    if (statusMenu) {
      statusMenu.close({ restoreFocus: true });
      return;
    }
    const current = store.get().user.status;
    statusMenu = openMenu({
      anchor: identity,
      container: panel,
      id: 'status-menu',
      label: 'Set your status',
      items: [
        ...STATUSES.map(({ value, label, hint }) => ({
          label, hint, checked: value === current, onSelect: () => setStatus(value),
          marker: h('span', { class: 'status-dot menu-dot', dataset: { status: value }, 'aria-hidden': 'true' }),
        })),
        { label: 'Edit profile and custom status', marker: icon('user', 'icon menu-icon'), onSelect: () => showSettings('account') },
      ],
      onClose: () => { statusMenu = null; },
    });
  });

  const sidebarSlot = h('div', { class: 'sidebar-content' });
  const sidebar = h('section', { class: 'sidebar', 'aria-labelledby': 'sidebar-title' }, sidebarSlot, panel);
  const nav = h('div', { id: 'shell-nav', class: 'shell-nav' }, rail.element, sidebar);

  // Main pane.
  const navToggle = h('button', {
    id: 'open-nav', type: 'button', class: 'icon-button nav-toggle', 'aria-label': 'Navigation',
    'aria-controls': 'shell-nav', 'aria-expanded': 'false',
  }, icon('menu'));
  const membersToggle = h('button', {
    id: 'toggle-members', type: 'button', class: 'icon-button', 'aria-label': 'Member list', title: 'Member list',
    'aria-controls': 'member-column', 'aria-expanded': 'false',
  }, icon('members'));
  const connection = h('div', { id: 'connection-status', class: 'connection-status', role: 'status', dataset: { state: 'connecting' } });
  const headerSlot = h('div', { class: 'main-header-content' });
  const bodySlot = h('div', { class: 'main-body' });
  const main = h('main', { class: 'main-pane', 'aria-labelledby': 'main-title' },
    h('header', { class: 'main-header' },
      navToggle,
      headerSlot,
      h('div', { class: 'main-actions' }, membersToggle)),
    connection,
    bodySlot);

  const members = h('aside', { id: 'member-column', class: 'member-column', 'aria-labelledby': 'members-title' });
  const scrim = h('div', { class: 'shell-scrim', 'aria-hidden': 'true' });

  const shell = h('div', { id: 'app-shell', class: 'shell' }, nav, main, members, scrim);
  root.replaceChildren(shell);

  // Layout: on narrow screens the navigation is a drawer; below WIDE the member column is one too.
  const narrow = matchMedia(NARROW);
  const wide = matchMedia(WIDE);
  let navOpen = false;
  let membersOpen = wide.matches;
  const layout = () => {
    shell.dataset.nav = navOpen ? 'open' : 'closed';
    shell.dataset.members = membersOpen ? 'open' : 'closed';
    nav.inert = narrow.matches && !navOpen;
    members.inert = !membersOpen;
    navToggle.setAttribute('aria-expanded', String(navOpen));
    membersToggle.setAttribute('aria-expanded', String(membersOpen));
    scrim.hidden = !((narrow.matches && navOpen) || (!wide.matches && membersOpen));
  };
  const setNav = (open) => {
    navOpen = open;
    if (open) membersOpen = membersOpen && wide.matches;
    layout();
    if (open) focusables(nav)[0]?.focus();
  };
  const setMembers = (open) => {
    membersOpen = open;
    if (open) navOpen = false;
    layout();
  };
  const closeDrawers = () => {
    const focusTarget = navOpen ? navToggle : membersToggle;
    navOpen = false;
    membersOpen = membersOpen && wide.matches;
    layout();
    focusTarget.focus();
  };
  const onMedia = () => {
    navOpen = false;
    membersOpen = wide.matches;
    layout();
  };
  navToggle.addEventListener('click', () => setNav(!navOpen));
  membersToggle.addEventListener('click', () => setMembers(!membersOpen));
  scrim.addEventListener('click', closeDrawers);
  const onKey = (event) => {
    const drawerOpen = (narrow.matches && navOpen) || (!wide.matches && membersOpen);
    if (event.key === 'Escape' && drawerOpen && !event.target.closest?.('dialog')) closeDrawers();
  };
  document.addEventListener('keydown', onKey);
  narrow.addEventListener('change', onMedia);
  wide.addEventListener('change', onMedia);
  disposers.push(() => {
    document.removeEventListener('keydown', onKey);
    narrow.removeEventListener('change', onMedia);
    wide.removeEventListener('change', onMedia);
  });
  layout();

  // Live data.
  disposers.push(store.watch(['user'], ({ user }) => {
    if (!user) return;
    shell.dataset.userId = user.id;
    replace(panelAvatar, avatar(user, { size: 'sm', withStatus: true }));
    panelName.textContent = displayName(user);
    panelSub.textContent = user.custom_status || statusLabel(user.status);
    identity.setAttribute('aria-label', `${displayName(user)}, ${statusLabel(user.status)}. Set status`);
  }));

  let bannerTimer = null;
  disposers.push(store.watch(['connection'], ({ connection: state }) => {
    connection.dataset.state = state;
    clearTimeout(bannerTimer);
    const label = state === 'reconnecting' ? 'Reconnecting…' : 'Connecting…';
    if (state === 'connected') {
      connection.classList.remove('visible');
      connection.replaceChildren();
    } else if (connection.classList.contains('visible')) {
      replace(connection, spinner(), label);
    } else {
      // A reconnect that finishes quickly should go unnoticed.
      bannerTimer = setTimeout(() => {
        replace(connection, spinner(), label);
        connection.classList.add('visible');
      }, BANNER_DELAY_MS);
    }
  }));
  disposers.push(() => clearTimeout(bannerTimer));

  // The screen inside the shell follows the path.
  const slots = { sidebar: sidebarSlot, header: headerSlot, body: bodySlot, members };
  const shellApi = {
    showSettings,
    /** Closes the navigation drawer on narrow screens (after a channel was chosen). */
    closeNav: () => {
      if (narrow.matches && navOpen) {
        navOpen = false;
        layout();
      }
    },
  };
  let screen = null;
  disposers.push(store.watch(['path'], () => {
    const route = parseAppPath(location.pathname);
    if (screen?.key === route.key) {
      screen.update?.(route);
      return;
    }
    closeContextMenu();
    screen?.cleanup();
    const mounted = route.guildId ? mountGuild(ctx, slots, shellApi, route) : { cleanup: mountHome(ctx, slots, shellApi) };
    screen = { key: route.key, ...mounted };
  }));
  disposers.push(() => screen?.cleanup());

  return () => {
    closeContextMenu();
    statusMenu?.close({ restoreFocus: false });
    settings?.close();
    for (const dispose of disposers) dispose();
    // Any other dialog of the app (server settings, a confirmation) goes with it.
    for (const dialog of document.querySelectorAll('dialog[open]')) dialog.close();
  };
}

function spinner() {
  return h('span', { class: 'spinner', 'aria-hidden': 'true' });
}

/** What a path under /app shows: {key, guildId?, channelId?}; `key` changes when another screen must mount. */
function parseAppPath(path) {
  const match = /^\/app\/guilds\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (!match) return { key: 'home' };
  const decode = (part) => {
    try {
      return part === undefined ? null : decodeURIComponent(part);
    } catch {
      return null;
    }
  };
  const guildId = decode(match[1]);
  return guildId ? { key: `guild:${guildId}`, guildId, channelId: decode(match[2]) } : { key: 'home' };
}
