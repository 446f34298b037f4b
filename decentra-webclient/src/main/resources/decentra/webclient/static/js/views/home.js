// The home screen (/app): the direct-message column, and a welcome with the first things to do.
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { avatar, displayName } from './avatar.js';
import { emptyState } from './empty-state.js';
import { openCreateGuild, openJoinGuild } from './guild/add-server.js';
import { canInvite } from './settings.js';

/** Fills the shell's slots with the home screen; returns the function that takes it down. */
export function mountHome(ctx, slots, shell) {
  const { store } = ctx;
  document.title = 'Decentra';

  replace(slots.sidebar,
    h('header', { class: 'sidebar-header' }, h('h2', { id: 'sidebar-title', class: 'sidebar-title' }, 'Direct Messages')),
    h('div', { class: 'sidebar-body' },
      emptyState('chat', 'No conversations yet — friends and direct messages are coming.')));

  replace(slots.header, h('h1', { id: 'main-title', class: 'main-title' }, 'Home'));

  const welcomeAvatar = h('div', { class: 'welcome-avatar' });
  const welcomeTitle = h('h2', { class: 'welcome-title' });
  const inviteCard = actionCard('link', 'Invite people', 'Create an invite link to this instance.', { onclick: () => shell.showSettings('invites') });
  replace(slots.body,
    h('div', { class: 'welcome' },
      welcomeAvatar,
      welcomeTitle,
      h('p', { class: 'welcome-text' },
        `This is your home on ${location.host}. Create a server for your people, or join one with an invite. `
        + 'Friends and direct messages arrive with the next releases.'),
      h('div', { class: 'welcome-actions' },
        actionCard('plus', 'Create a server', 'A place with text and voice channels.', { onclick: () => openCreateGuild(ctx) }),
        actionCard('compass', 'Join a server', 'Enter an invite link you were given.', { onclick: () => openJoinGuild(ctx) }),
        actionCard('user', 'Set up your profile', 'Display name, avatar and status.', { onclick: () => shell.showSettings('account') }),
        inviteCard,
        actionCard('mic', 'Test your microphone', 'Check that voice will work in this browser.', { href: '/static/audio-test.html' }))));

  replace(slots.members,
    h('header', { class: 'member-header' }, h('h2', { id: 'members-title', class: 'member-title' }, 'Members')),
    h('div', { class: 'member-body' }, emptyState('members', 'Members show up here when you open a server.')));

  const disposers = [
    store.watch(['user'], ({ user }) => {
      if (!user) return;
      replace(welcomeAvatar, avatar(user, { size: 'xl' }));
      welcomeTitle.textContent = `Welcome, ${displayName(user)}!`;
    }),
    store.watch(['user', 'instance'], ({ user, instance }) => {
      inviteCard.hidden = !canInvite(user, instance);
    }),
  ];
  return () => disposers.forEach((dispose) => dispose());
}

/** A large button (with `onclick`) or link (with `href`) on the welcome screen. */
function actionCard(iconName, title, hint, { onclick, href }) {
  return h(href ? 'a' : 'button', { type: href ? null : 'button', class: 'action-card', href, onclick },
    icon(iconName, 'icon action-card-icon'),
    h('span', { class: 'action-card-text' },
      h('span', { class: 'action-card-title' }, title),
      h('span', { class: 'action-card-hint' }, hint)));
}
