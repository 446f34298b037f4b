// What can be done to a member: nickname, roles, kick and ban — each offered only when allowed.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { assignableRoles, colourToHex, memberName, outranksMember, plainLine } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { can } from '../../permissions.js';
import { applyGuildEvent } from '../../state.js';
import { copyWithToast } from '../clipboard.js';
import { closeButton, openDialog } from '../dialog.js';
import { alertRegion, field, say } from '../form.js';
import { Invalid, openFormDialog } from '../form-dialog.js';
import { toast } from '../toast.js';

const NICK_MAX = 32;
const REASON_MAX = 512;

/** What the signed-in member may do to `member`: {nickname, roles, kick, ban}. */
export function memberAbilities(view, member) {
  const self = member.user.id === view.me.user.id;
  const above = outranksMember(view, member);
  return {
    nickname: self ? can(view, 'change_nickname') || can(view, 'manage_nicknames') : can(view, 'manage_nicknames') && above,
    roles: can(view, 'manage_roles') && assignableRoles(view).length > 0,
    kick: can(view, 'kick_members') && above,
    ban: can(view, 'ban_members') && above,
  };
}

/** The context menu items for a member (nickname, roles, kick, ban, copy id). */
export function memberMenuItems(ctx, guildId, member) {
  const view = ctx.store.get().guilds?.[guildId];
  if (!view) return [];
  const may = memberAbilities(view, member);
  const name = memberName(member);
  return [
    may.nickname && { label: 'Change nickname', marker: icon('pencil', 'icon menu-icon'), onSelect: () => openNicknameDialog(ctx, guildId, member) },
    may.roles && { label: 'Roles', marker: icon('shield', 'icon menu-icon'), onSelect: () => openMemberRolesDialog(ctx, guildId, member.user.id) },
    (may.kick || may.ban) && { separator: true },
    may.kick && { label: `Kick ${name}`, danger: true, marker: icon('leave', 'icon menu-icon'), onSelect: () => openKickDialog(ctx, guildId, member) },
    may.ban && { label: `Ban ${name}`, danger: true, marker: icon('ban', 'icon menu-icon'), onSelect: () => openBanDialog(ctx, guildId, member) },
    { separator: true },
    { label: 'Copy user ID', marker: icon('copy', 'icon menu-icon'), onSelect: () => copyWithToast(member.user.id, 'User ID') },
  ];
}

/** Opens #nickname-dialog for a member (oneself or another). */
export function openNicknameDialog(ctx, guildId, member) {
  const self = member.user.id === ctx.store.get().user.id;
  const nick = field({
    id: 'nickname-input', label: 'Nickname', value: member.nick ?? '', maxlength: NICK_MAX, autocomplete: 'off',
    placeholder: member.user.display_name || member.user.username, hint: 'Up to 32 characters. Leave it empty to remove the nickname.',
  });
  openFormDialog({
    id: 'nickname-dialog',
    title: self ? 'Change your nickname' : `Change the nickname of ${memberName(member)}`,
    intro: ['A nickname is shown instead of the name in this server only.'],
    body: [nick.element],
    submitId: 'nickname-save',
    submitLabel: 'Save',
    busyLabel: 'Saving…',
    initialFocus: () => nick.input,
    onSubmit: async () => {
      const typed = nick.input.value.trim();
      if (typed && !plainLine(typed, NICK_MAX)) throw new Invalid('Nicknames can be at most 32 characters, without control characters.', nick.input);
      const updated = await api.setNickname(guildId, member.user.id, typed || null);
      applyGuildEvent(ctx.store, 'GUILD_MEMBER_UPDATE', { ...updated, guild_id: guildId });
    },
  });
  nick.input.select();
}

/** Opens #kick-dialog: an optional reason, then the member is removed (and may come back with an invite). */
export function openKickDialog(ctx, guildId, member) {
  const name = memberName(member);
  const reason = reasonField('kick-reason');
  openFormDialog({
    id: 'kick-dialog',
    title: `Kick ${name}`,
    intro: [`${name} will be removed from the server. They can come back with a new invite.`],
    body: [reason.element],
    submitId: 'kick-confirm',
    submitLabel: 'Kick',
    busyLabel: 'Kicking…',
    danger: true,
    initialFocus: () => reason.input,
    onSubmit: async () => {
      await api.kickMember(guildId, member.user.id, checkedReason(reason.input));
      removed(ctx, guildId, member);
      toast(`${name} was kicked.`);
    },
  });
}

/** Opens #ban-dialog: an optional reason, then the member is removed and cannot rejoin. */
export function openBanDialog(ctx, guildId, member) {
  const name = memberName(member);
  const reason = reasonField('ban-reason');
  openFormDialog({
    id: 'ban-dialog',
    title: `Ban ${name}`,
    intro: [`${name} will be removed from the server and cannot come back through any invite until the ban is lifted.`],
    body: [reason.element],
    submitId: 'ban-confirm',
    submitLabel: 'Ban',
    busyLabel: 'Banning…',
    danger: true,
    initialFocus: () => reason.input,
    onSubmit: async () => {
      await api.banMember(guildId, member.user.id, checkedReason(reason.input));
      removed(ctx, guildId, member);
      toast(`${name} was banned.`);
    },
  });
}

/** Opens #member-roles-dialog: one switch per role the signed-in member may give; each change is saved at once. */
export function openMemberRolesDialog(ctx, guildId, userId) {
  const { store } = ctx;
  const error = alertRegion('member-roles-error');
  const list = h('ul', { id: 'member-roles-list', class: 'check-list' });
  const title = h('h2', { id: 'member-roles-dialog-title', class: 'dialog-title' });
  const pending = new Set();

  const render = () => {
    const view = store.get().guilds?.[guildId];
    const member = store.get().members?.[guildId]?.[userId] ?? (view?.me.user.id === userId ? view.me : null);
    if (!view || !member) {
      dialog.close();
      return;
    }
    title.textContent = `Roles of ${memberName(member)}`;
    const roles = assignableRoles(view);
    const focused = list.contains(document.activeElement) ? document.activeElement.dataset.roleId : null;
    list.replaceChildren(...roles.map((role) => {
      const box = h('input', {
        type: 'checkbox', class: 'switch', id: `member-role-${role.id}`, checked: member.roles.includes(role.id),
        'aria-busy': pending.has(role.id) ? 'true' : null, dataset: { roleId: role.id },
      });
      box.addEventListener('change', () => {
        if (pending.has(role.id)) box.checked = !box.checked;
        else toggle(role, box.checked);
      });
      return h('li', { class: 'check-row' },
        h('span', { class: 'role-dot', style: { backgroundColor: colourToHex(role.colour) ?? '' }, 'aria-hidden': 'true' }),
        h('label', { class: 'check-label', for: box.id }, role.name),
        box);
    }));
    if (roles.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'There are no roles you can give.'));
    if (focused) list.querySelector(`[data-role-id="${CSS.escape(focused)}"]`)?.focus();
  };

  const toggle = async (role, on) => {
    say(error, '');
    pending.add(role.id);
    render();
    try {
      if (on) await api.addMemberRole(guildId, userId, role.id);
      else await api.removeMemberRole(guildId, userId, role.id);
      const member = store.get().members?.[guildId]?.[userId];
      if (member) {
        const roles = on ? [...new Set([...member.roles, role.id])] : member.roles.filter((id) => id !== role.id);
        applyGuildEvent(ctx.store, 'GUILD_MEMBER_UPDATE', { ...member, roles, guild_id: guildId });
      }
    } catch (err) {
      say(error, describeError(err));
    } finally {
      pending.delete(role.id);
      render();
    }
  };

  let unwatch = () => {};
  const dialog = openDialog({
    id: 'member-roles-dialog',
    className: 'dialog-small',
    labelledBy: 'member-roles-dialog-title',
    build: (close) => [
      h('div', { class: 'dialog-header' }, title, closeButton(close)),
      h('div', { class: 'dialog-body' },
        h('p', {}, 'Changes are saved at once. You can give only roles below your highest role.'),
        error,
        list),
      h('div', { class: 'dialog-footer' }, h('button', { type: 'button', class: 'button button-primary', onclick: close }, 'Done')),
    ],
    onClose: () => unwatch(),
  });
  unwatch = store.watch(['guilds', 'members'], render);
}

function reasonField(id) {
  return field({
    id, label: 'Reason (optional)', maxlength: REASON_MAX, autocomplete: 'off',
    hint: 'Kept in the audit log. Up to 512 characters.',
  });
}

function checkedReason(input) {
  const typed = input.value.trim();
  if (typed && !plainLine(typed, REASON_MAX)) throw new Invalid('Reasons can be at most 512 characters, without control characters.', input);
  return typed || undefined;
}

function removed(ctx, guildId, member) {
  if (ctx.store.get().members?.[guildId]?.[member.user.id]) {
    applyGuildEvent(ctx.store, 'GUILD_MEMBER_REMOVE', { guild_id: guildId, user: member.user });
  }
}
