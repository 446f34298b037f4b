// The app shell: server rail, channel column with the user panel, main pane and member column.
import * as api from '../api.js';
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { describeError } from '../messages.js';
import { avatar, displayName, STATUSES, statusLabel } from './avatar.js';
import { openMessageDialog } from './dialog.js';
import { openMenu } from './menu.js';
import { canInvite, openSettings } from './settings.js';
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
  const home = railButton('Direct Messages', 'logo', { 'aria-current': 'page', class: 'rail-home' });
  const addServer = railButton('Add a server', 'plus', { class: 'rail-add' });
  addServer.addEventListener('click', () => openMessageDialog({
    id: 'add-server-dialog',
    title: 'Servers are on their way',
    paragraphs: [
      'Servers with text and voice channels arrive with the next release of Decentra.',
      'Until then you can set up your profile, invite people to this instance and test your microphone.',
    ],
  }));
  const rail = h('nav', { class: 'server-rail', 'aria-label': 'Servers' },
    h('ul', { class: 'rail-list' },
      h('li', {}, home),
      h('li', { class: 'rail-separator', role: 'separator' }),
      h('li', {}, addServer)));

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

  const sidebar = h('section', { class: 'sidebar', 'aria-labelledby': 'sidebar-title' },
    h('header', { class: 'sidebar-header' }, h('h2', { id: 'sidebar-title', class: 'sidebar-title' }, 'Direct Messages')),
    h('div', { class: 'sidebar-body' },
      emptyState('chat', 'No conversations yet — friends and direct messages are coming.')),
    panel);
  const nav = h('div', { id: 'shell-nav', class: 'shell-nav' }, rail, sidebar);

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
  const welcomeAvatar = h('div', { class: 'welcome-avatar' });
  const welcomeTitle = h('h2', { class: 'welcome-title' });
  const inviteCard = actionCard('link', 'Invite people', 'Create an invite link to this instance.', { onclick: () => showSettings('invites') });
  const main = h('main', { class: 'main-pane', 'aria-labelledby': 'main-title' },
    h('header', { class: 'main-header' },
      navToggle,
      h('h1', { id: 'main-title', class: 'main-title' }, 'Home'),
      h('div', { class: 'main-actions' }, membersToggle)),
    connection,
    h('div', { class: 'main-body' },
      h('div', { class: 'welcome' },
        welcomeAvatar,
        welcomeTitle,
        h('p', { class: 'welcome-text' },
          `This is your home on ${location.host}. Servers with text and voice channels, friends and direct `
          + 'messages arrive with the next releases. Here is what you can do already:'),
        h('div', { class: 'welcome-actions' },
          actionCard('user', 'Set up your profile', 'Display name, avatar and status.', { onclick: () => showSettings('account') }),
          inviteCard,
          actionCard('mic', 'Test your microphone', 'Check that voice will work in this browser.', { href: '/static/audio-test.html' })))));

  const members = h('aside', { id: 'member-column', class: 'member-column', 'aria-labelledby': 'members-title' },
    h('header', { class: 'member-header' }, h('h2', { id: 'members-title', class: 'member-title' }, 'Members')),
    h('div', { class: 'member-body' }, emptyState('members', 'Members show up here once you are in a server.')));
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
    if (open) home.focus();
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
  home.addEventListener('click', () => { if (narrow.matches) setNav(false); });
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
    replace(welcomeAvatar, avatar(user, { size: 'xl' }));
    welcomeTitle.textContent = `Welcome, ${displayName(user)}!`;
  }));
  disposers.push(store.watch(['user', 'instance'], ({ user, instance }) => {
    inviteCard.hidden = !canInvite(user, instance);
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

  return () => {
    statusMenu?.close({ restoreFocus: false });
    settings?.close();
    for (const dispose of disposers) dispose();
  };
}

function railButton(label, iconName, attrs) {
  return h('button', { type: 'button', 'aria-label': label, ...attrs, class: ['rail-item', attrs.class] },
    icon(iconName, 'icon rail-icon'),
    h('span', { class: 'rail-tooltip', 'aria-hidden': 'true' }, label));
}

/** A large button (with `onclick`) or link (with `href`) on the welcome screen. */
function actionCard(iconName, title, hint, { onclick, href }) {
  return h(href ? 'a' : 'button', { type: href ? null : 'button', class: 'action-card', href, onclick },
    icon(iconName, 'icon action-card-icon'),
    h('span', { class: 'action-card-text' },
      h('span', { class: 'action-card-title' }, title),
      h('span', { class: 'action-card-hint' }, hint)));
}

function emptyState(iconName, text) {
  return h('div', { class: 'empty-state' }, icon(iconName, 'icon empty-state-icon'), h('p', {}, text));
}

function spinner() {
  return h('span', { class: 'spinner', 'aria-hidden': 'true' });
}
