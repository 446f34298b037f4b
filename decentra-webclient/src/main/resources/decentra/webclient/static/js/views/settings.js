// The settings dialog: a vertical tab list (account, avatar, password, sessions, invites) and sign-out.
import * as api from '../api.js';
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { describeError } from '../messages.js';
import { closeButton, openDialog } from './dialog.js';
import { moveBetweenTabs } from './tabs.js';
import { renderAccount } from './settings/account.js';
import { renderAvatar } from './settings/avatar.js';
import { renderInvites } from './settings/invites.js';
import { renderPassword } from './settings/password.js';
import { renderSessions } from './settings/sessions.js';
import { toast } from './toast.js';

const TABS = [
  { name: 'account', label: 'My account', icon: 'user', render: renderAccount },
  { name: 'avatar', label: 'Avatar', icon: 'smile', render: renderAvatar },
  { name: 'password', label: 'Password', icon: 'key', render: renderPassword },
  { name: 'sessions', label: 'Sessions', icon: 'desktop', render: renderSessions },
  { name: 'invites', label: 'Invites', icon: 'link', render: renderInvites },
];

/** Whether this user may create instance invites. */
export function canInvite(user, instance) {
  return Boolean(user?.admin || instance?.members_can_invite);
}

/**
 * Opens the settings dialog on `tab`. `ctx` is {store, signedOut}. Returns {close};
 * `onClose` runs once the dialog is gone.
 */
export function openSettings(ctx, tab, onClose) {
  const { store } = ctx;
  let current = null;
  let cleanupPanel = null;

  const tabButtons = new Map(TABS.map((entry) => [entry.name, h('button', {
    id: `tab-${entry.name}`, type: 'button', role: 'tab', class: 'settings-tab',
    'aria-selected': 'false', 'aria-controls': 'settings-panel', tabindex: '-1',
    onclick: () => select(entry.name),
  }, icon(entry.icon, 'icon settings-tab-icon'), h('span', {}, entry.label))]));
  const tablist = h('div', { class: 'settings-tabs', role: 'tablist', 'aria-orientation': 'vertical', 'aria-labelledby': 'settings-title' },
    [...tabButtons.values()]);
  tablist.addEventListener('keydown', (event) => moveBetweenTabs(event, tabButtons));

  const signOut = h('button', { id: 'sign-out', type: 'button', class: 'settings-sign-out' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    signOut.setAttribute('aria-busy', 'true');
    try {
      await api.logout();
    } catch (err) {
      if (err.status !== 401) {
        signOut.removeAttribute('aria-busy');
        toast(`You could not be signed out. ${describeError(err)}`);
        return;
      }
    }
    ctx.signedOut('You have signed out.');
  });

  const panelTitle = h('h2', { id: 'settings-panel-title', class: 'settings-panel-title' });
  const panelBody = h('div', { class: 'settings-panel-body' });
  const panel = h('section', { id: 'settings-panel', class: 'settings-panel', role: 'tabpanel' }, panelBody);

  function select(name) {
    const entry = TABS.find((candidate) => candidate.name === name && !tabButtons.get(name).hidden) ?? TABS[0];
    if (entry === current) return;
    cleanupPanel?.();
    current = entry;
    for (const [tabName, button] of tabButtons) {
      const selected = tabName === entry.name;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    panel.setAttribute('aria-labelledby', `tab-${entry.name}`);
    panelTitle.textContent = entry.label;
    const rendered = entry.render(ctx);
    panelBody.replaceChildren(rendered.element);
    panelBody.scrollTop = 0;
    cleanupPanel = rendered.cleanup;
  }

  const unwatch = store.watch(['user', 'instance'], ({ user, instance }) => {
    tabButtons.get('invites').hidden = !canInvite(user, instance);
    if (current?.name === 'invites' && !canInvite(user, instance)) select('account');
  });
  select(tab);

  const dialog = openDialog({
    id: 'settings-dialog',
    className: 'dialog-settings',
    labelledBy: 'settings-title',
    build: (close) => h('div', { class: 'settings-layout' },
      h('nav', { class: 'settings-nav', 'aria-label': 'Settings sections' },
        h('h1', { id: 'settings-title', class: 'settings-title' }, 'User settings'),
        tablist,
        h('div', { class: 'settings-nav-footer' }, signOut)),
      h('div', { class: 'settings-main' },
        h('header', { class: 'settings-panel-header' }, panelTitle, closeButton(close, 'Close settings')),
        panel)),
    initialFocus: () => tabButtons.get(current.name),
    onClose: () => {
      cleanupPanel?.();
      unwatch();
      onClose?.();
    },
  });

  return { close: dialog.close };
}
