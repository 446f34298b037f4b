// Server settings → Members: everyone with their roles and join date, and what the viewer may do to each
// (nickname, roles, kick, ban).
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { formatDate } from '../../format.js';
import { colourToHex, memberName, outranksRole, rolesByRank } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { can } from '../../permissions.js';
import { applyGuildEvent } from '../../state.js';
import { avatar } from '../avatar.js';
import { alertRegion, say } from '../form.js';
import {
  memberAbilities, openBanDialog, openKickDialog, openMemberRolesDialog, openNicknameDialog,
} from '../guild/member-actions.js';

/** Renders the Members tab and loads the members; returns {element, cleanup}. */
export function renderMembersTab({ ctx, guildId }) {
  const { store } = ctx;
  const error = alertRegion('guild-members-error');
  const search = h('input', {
    id: 'guild-member-search', type: 'search', class: 'input', placeholder: 'Search members', 'aria-label': 'Search members', autocomplete: 'off',
  });
  const count = h('p', { class: 'settings-hint', role: 'status' });
  const list = h('ul', { id: 'guild-member-table', class: 'item-list', 'aria-label': 'Members', 'aria-busy': 'true' },
    h('li', { class: 'item-placeholder' }, 'Loading members…'));
  let shown = null;

  const render = (force = false) => {
    const state = store.get();
    const view = state.guilds?.[guildId];
    const members = state.members?.[guildId];
    if (!view || !members) return;
    const query = search.value.trim().toLowerCase();
    const key = [members, view.roles, view.permissions, view.guild, query];
    if (!force && shown && key.every((part, i) => part === shown[i])) return;
    shown = key;
    list.removeAttribute('aria-busy');
    const focused = list.contains(document.activeElement)
      ? [document.activeElement.closest('[data-user-id]')?.dataset.userId, document.activeElement.dataset.action] : null;
    const all = Object.values(members).sort((a, b) => memberName(a).localeCompare(memberName(b)));
    const matching = all.filter((m) => !query || memberName(m).toLowerCase().includes(query) || m.user.username.toLowerCase().includes(query));
    count.textContent = query ? `${matching.length} of ${all.length} members` : `${all.length} ${all.length === 1 ? 'member' : 'members'}`;
    replace(list, matching.map((member) => memberRow(ctx, guildId, view, member, error)));
    if (matching.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'Nobody matches.'));
    if (focused?.[0]) {
      const row = list.querySelector(`[data-user-id="${CSS.escape(focused[0])}"]`);
      (row?.querySelector(`[data-action="${focused[1]}"]`) ?? row?.querySelector('button'))?.focus();
    }
  };

  ctx.live.loadMembers(guildId).catch((err) => {
    list.removeAttribute('aria-busy');
    replace(list, h('li', { class: 'item-placeholder' }, 'The members could not be loaded.'));
    say(error, describeError(err));
  });
  search.addEventListener('input', () => render());
  const unwatch = store.watch(['guilds', 'members'], () => render());

  const element = h('div', { class: 'settings-section' },
    h('div', { class: 'member-search' }, search),
    count,
    error,
    list);
  return { element, cleanup: unwatch };
}

function memberRow(ctx, guildId, view, member, error) {
  const may = memberAbilities(view, member);
  const owner = member.user.id === view.guild.owner_id;
  const roles = rolesByRank(view).filter((role) => member.roles.includes(role.id));
  const action = (name, label, handler, className = 'button-secondary') => h('button', {
    type: 'button', class: ['button', 'button-small', className], dataset: { action: name },
    'aria-label': `${label} ${memberName(member)}`, onclick: handler,
  }, label);
  const removeRole = async (role) => {
    say(error, '');
    try {
      await api.removeMemberRole(guildId, member.user.id, role.id);
      const latest = ctx.store.get().members?.[guildId]?.[member.user.id];
      if (latest) applyGuildEvent(ctx.store, 'GUILD_MEMBER_UPDATE', { ...latest, roles: latest.roles.filter((id) => id !== role.id), guild_id: guildId });
    } catch (err) {
      say(error, describeError(err));
    }
  };
  return h('li', { class: 'item member-row', dataset: { userId: member.user.id } },
    avatar(member.user, { size: 'md' }),
    h('div', { class: 'item-main' },
      h('p', { class: 'item-title' },
        memberName(member),
        owner && h('span', { class: 'member-owner', title: 'Server owner' }, icon('crown', 'icon member-owner-icon'),
          h('span', { class: 'visually-hidden' }, 'Server owner'))),
      h('p', { class: 'item-meta' }, `@${member.user.username} · joined ${formatDate(member.joined_at)}`),
      roles.length > 0 && h('ul', { class: 'role-chips', 'aria-label': `Roles of ${memberName(member)}` }, roles.map((role) => {
        const removable = can(view, 'manage_roles') && outranksRole(view, role);
        return h('li', { class: 'role-chip' },
          h('span', { class: 'role-dot', style: { backgroundColor: colourToHex(role.colour) ?? '' }, 'aria-hidden': 'true' }),
          role.name,
          removable && h('button', {
            type: 'button', class: 'role-chip-remove', 'aria-label': `Take ${role.name} from ${memberName(member)}`,
            onclick: () => removeRole(role),
          }, icon('close', 'icon role-chip-icon')));
      }))),
    h('div', { class: 'item-actions' },
      may.roles && action('roles', 'Roles', () => openMemberRolesDialog(ctx, guildId, member.user.id)),
      may.nickname && action('nickname', 'Nickname', () => openNicknameDialog(ctx, guildId, member)),
      may.kick && action('kick', 'Kick', () => openKickDialog(ctx, guildId, member), 'button-danger-outline'),
      may.ban && action('ban', 'Ban', () => openBanDialog(ctx, guildId, member), 'button-danger-outline')));
}
