// What can be done with a server as a whole: invite, settings, nickname, leave, copy its id.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { icon } from '../../icons.js';
import { canAnywhere, can, isOwner } from '../../permissions.js';
import { copyWithToast } from '../clipboard.js';
import { closeButton, openDialog } from '../dialog.js';
import { alertRegion } from '../form.js';
import { openFormDialog } from '../form-dialog.js';
import { openGuildSettings, settingsTabs } from '../guild-settings/guild-settings.js';
import { toast } from '../toast.js';
import { openCreateChannel } from './channel-actions.js';
import { inviteCreator } from './invite-creator.js';
import { openNicknameDialog } from './member-actions.js';

/** The menu items for a server (rail context menu, and the header menu with `header`). */
export function guildMenuItems(ctx, guildId, { header = false } = {}) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return [];
  const nickname = can(view, 'change_nickname') || can(view, 'manage_nicknames');
  return [
    canAnywhere(view, 'create_invite') && { label: 'Invite people', marker: icon('link', 'icon menu-icon'), onSelect: () => openGuildInviteDialog(ctx, guildId) },
    settingsTabs(view).length > 0 && { label: 'Server settings', marker: icon('gear', 'icon menu-icon'), onSelect: () => openGuildSettings(ctx, guildId) },
    header && canAnywhere(view, 'manage_channels') && { label: 'Create channel', marker: icon('plus', 'icon menu-icon'), onSelect: () => openCreateChannel(ctx, guildId) },
    nickname && { label: 'Change nickname', marker: icon('pencil', 'icon menu-icon'), onSelect: () => openNicknameDialog(ctx, guildId, view.me) },
    { separator: true },
    { label: 'Leave server', danger: true, marker: icon('leave', 'icon menu-icon'), onSelect: () => leaveGuild(ctx, guildId) },
    { separator: true },
    { label: 'Copy server ID', marker: icon('copy', 'icon menu-icon'), onSelect: () => copyWithToast(guildId, 'Server ID') },
  ];
}

/** Asks, then leaves the server; the owner is told to transfer the ownership first. */
export function leaveGuild(ctx, guildId) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return;
  const name = view.guild.name;
  if (isOwner(view)) {
    const settings = h('button', { id: 'leave-guild-settings', type: 'button', class: 'button button-primary' }, 'Open server settings');
    const dialog = openDialog({
      id: 'leave-guild-dialog',
      className: 'dialog-small',
      labelledBy: 'leave-guild-dialog-title',
      build: (close) => [
        h('div', { class: 'dialog-header' },
          h('h2', { id: 'leave-guild-dialog-title', class: 'dialog-title' }, `You own ${name}`),
          closeButton(close)),
        h('div', { class: 'dialog-body' },
          h('p', {}, 'The owner cannot leave a server. Transfer the ownership to another member first '
            + '(Server settings → Overview), then leave.'),
          h('p', {}, 'Or delete the server there, if nobody needs it any more.')),
        h('div', { class: 'dialog-footer' },
          h('button', { type: 'button', class: 'button button-link', onclick: close }, 'Cancel'),
          settings),
      ],
      initialFocus: () => settings,
    });
    settings.addEventListener('click', () => {
      dialog.close();
      openGuildSettings(ctx, guildId, 'overview');
    });
    return;
  }
  openFormDialog({
    id: 'leave-guild-dialog',
    title: `Leave ${name}?`,
    intro: ['You will need a new invite to come back.'],
    submitId: 'leave-guild-confirm',
    submitLabel: 'Leave server',
    busyLabel: 'Leaving…',
    danger: true,
    onSubmit: async () => {
      await ctx.live.depart(guildId, () => api.leaveGuild(guildId));
      toast(`You left ${name}.`);
    },
  });
}

/** Opens #guild-invite-dialog, with the invite form of the server. */
export function openGuildInviteDialog(ctx, guildId) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return;
  const error = alertRegion('guild-invite-error');
  const creator = inviteCreator(guildId, { error });
  openDialog({
    id: 'guild-invite-dialog',
    className: 'dialog-small',
    labelledBy: 'guild-invite-dialog-title',
    build: (close) => [
      h('div', { class: 'dialog-header' },
        h('h2', { id: 'guild-invite-dialog-title', class: 'dialog-title' }, `Invite people to ${view.guild.name}`),
        closeButton(close)),
      h('div', { class: 'dialog-body' },
        h('p', {}, 'Anyone with the link can join this server, and create an account on this instance if they need one.'),
        creator.element,
        error),
    ],
  });
}
