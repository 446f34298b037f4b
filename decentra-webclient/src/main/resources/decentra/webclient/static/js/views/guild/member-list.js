// The member column of a server (#member-list): members grouped by their highest role, then "Members".
import { h } from '../../dom.js';
import { highestRole, memberColour, memberName, rolesByRank } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { avatar } from '../avatar.js';
import { attachContextMenu, openContextMenu } from '../context-menu.js';
import { memberMenuItems } from './member-actions.js';

const ROW = '[data-user-id]';

/** Groups members under their highest role, highest first; those with none end under @everyone ("Members"). */
export function groupMembers(view, members) {
  const byName = (a, b) => memberName(a).localeCompare(memberName(b), undefined, { sensitivity: 'base' });
  const ranked = rolesByRank(view);
  const groups = new Map(ranked.map((role) => [role.id, []]));
  for (const member of members) groups.get(highestRole(view, member.roles)?.id)?.push(member);
  return ranked
    .map((role) => ({ role, members: groups.get(role.id).sort(byName) }))
    .filter((group) => group.members.length > 0);
}

/** Renders the member column's content for a server and loads its members. Returns {element, cleanup}. */
export function renderMemberList(ctx, guildId) {
  const { store } = ctx;
  const title = h('h2', { id: 'members-title', class: 'member-title' }, 'Members');
  const list = h('ul', { id: 'member-list', class: 'member-list', 'aria-labelledby': 'members-title', 'aria-busy': 'true' });
  const element = [h('header', { class: 'member-header' }, title), h('div', { class: 'member-body' }, list)];
  let shown = { members: null, roles: null, guild: null };
  let failed = null;

  const load = () => {
    failed = null;
    ctx.live.loadMembers(guildId).catch((err) => {
      failed = err;
      render(store.get(), true);
    });
  };

  const render = (state, force = false) => {
    const view = state.guilds?.[guildId];
    if (!view) return;
    title.textContent = `Members — ${view.member_count}`;
    const members = state.members?.[guildId];
    if (!members) {
      shown = { members: null, roles: null, guild: null };
      list.setAttribute('aria-busy', 'true');
      if (failed) {
        list.replaceChildren(h('li', { class: 'member-placeholder' }, describeError(failed), ' ',
          h('button', { type: 'button', class: 'button button-secondary button-small', onclick: load }, 'Try again')));
        list.removeAttribute('aria-busy');
      } else {
        list.replaceChildren(h('li', { class: 'member-placeholder' }, 'Loading members…'));
        if (!force) load();
      }
      return;
    }
    if (!force && shown.members === members && shown.roles === view.roles && shown.guild === view.guild) return;
    shown = { members, roles: view.roles, guild: view.guild };
    list.removeAttribute('aria-busy');
    const focused = list.contains(document.activeElement) ? document.activeElement.closest(ROW)?.dataset.userId : null;
    list.replaceChildren(...groupMembers(view, Object.values(members)).map(({ role, members: inGroup }) => h('li', { class: 'member-group' },
      h('h3', { class: 'member-group-title' }, `${role.id === view.guild.id ? 'Members' : role.name} — ${inGroup.length}`),
      h('ul', { class: 'member-group-list' }, inGroup.map((member) => memberRow(view, member))))));
    if (focused) list.querySelector(`[data-user-id="${CSS.escape(focused)}"]`)?.focus();
  };

  const memberRow = (view, member) => {
    const owner = member.user.id === view.guild.owner_id;
    const colour = memberColour(view, member);
    return h('li', { class: 'member-item' },
      h('button', {
        type: 'button', class: 'member', dataset: { userId: member.user.id }, title: `@${member.user.username}`,
        'aria-label': `${memberName(member)}${owner ? ', server owner' : ''}. Options`,
      },
      avatar(member.user, { size: 'sm' }),
      h('span', { class: 'member-name', style: colour ? { color: colour } : null }, memberName(member)),
      owner && h('span', { class: 'member-owner', title: 'Server owner' }, icon('crown', 'icon member-owner-icon'))));
  };

  const itemsFor = (target) => {
    const member = store.get().members?.[guildId]?.[target.dataset.userId];
    return member ? memberMenuItems(ctx, guildId, member) : [];
  };
  // A left click opens the same menu as a right click: there is no profile card yet.
  list.addEventListener('click', (event) => {
    const target = event.target.closest?.(ROW);
    if (!target || event.defaultPrevented) return;
    const rect = target.getBoundingClientRect();
    openContextMenu({ anchor: target, x: rect.left + 12, y: rect.bottom - 4, label: `${target.textContent} options`, items: itemsFor(target) });
  });
  const detachMenu = attachContextMenu(list, { selector: ROW, label: (target) => `${target.textContent} options`, items: itemsFor });
  const unwatch = store.watch(['guilds', 'members'], (state) => render(state));

  return {
    element,
    cleanup: () => {
      unwatch();
      detachMenu();
    },
  };
}
