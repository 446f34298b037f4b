// Server settings → Audit log: administrative actions, newest first, with "Load more" going further back.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { formatDateTime, formatRelative } from '../../format.js';
import { memberName } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { displayName } from '../avatar.js';
import { alertRegion, say, whileBusy } from '../form.js';
import { channelLabel } from '../guild/channel-actions.js';

const PAGE = 50;

// What happened, in words: {verb, target kind}.
const ACTIONS = {
  guild_update: ['updated the server', null],
  guild_icon_update: ['changed the server icon', null],
  guild_owner_transfer: ['made the owner', 'member'],
  channel_create: ['created', 'channel'],
  channel_update: ['updated', 'channel'],
  channel_delete: ['deleted the channel', 'channel'],
  channel_reorder: ['rearranged the channels', null],
  channel_overwrite_update: ['changed the permissions of', 'channel'],
  channel_overwrite_delete: ['removed permissions from', 'channel'],
  member_kick: ['kicked', 'member'],
  member_ban: ['banned', 'member'],
  member_unban: ['lifted the ban on', 'member'],
  member_nickname_update: ['changed the nickname of', 'member'],
  member_role_add: ['gave a role to', 'member'],
  member_role_remove: ['took a role from', 'member'],
  role_create: ['created the role', 'role'],
  role_update: ['updated the role', 'role'],
  role_delete: ['deleted the role', 'role'],
  invite_create: ['created an invite', null],
  invite_revoke: ['revoked an invite', null],
};

/** Renders the Audit log tab and loads its first page; returns {element, cleanup}. */
export function renderAuditTab({ ctx, guildId }) {
  const { store } = ctx;
  const error = alertRegion('guild-audit-error');
  const list = h('ol', { id: 'guild-audit-list', class: 'item-list', 'aria-busy': 'true', 'aria-label': 'Audit log, newest first' },
    h('li', { class: 'item-placeholder' }, 'Loading the audit log…'));
  const more = h('button', { id: 'audit-load-more', type: 'button', class: 'button button-secondary', hidden: true }, 'Load more');
  const users = new Map();
  const entries = [];
  let active = true;
  let loaded = false;

  const userName = (id) => {
    const member = store.get().members?.[guildId]?.[id];
    if (member) return memberName(member);
    if (users.has(id)) return users.get(id);
    users.set(id, 'someone');
    api.getUser(id).then((user) => {
      users.set(id, displayName(user));
      if (active && loaded) render();
    }, () => {});
    return users.get(id);
  };
  const targetName = (kind, id, entry) => {
    if (!id) return null;
    const view = store.get().guilds?.[guildId];
    if (kind === 'channel') {
      const channel = view?.channels.find((c) => c.id === id);
      return channel ? channelLabel(channel) : entry.detail ?? 'a channel that is gone';
    }
    if (kind === 'role') return view?.roles.find((r) => r.id === id)?.name ?? entry.detail ?? 'a role that is gone';
    if (kind === 'member') return userName(id);
    return null;
  };

  const render = () => {
    list.replaceChildren(...entries.map((entry) => {
      const [verb, kind] = ACTIONS[entry.action] ?? [entry.action.replaceAll('_', ' '), null];
      const target = targetName(kind, entry.target_id, entry);
      return h('li', { class: 'item audit-entry', dataset: { action: entry.action } },
        icon('list', 'icon item-icon'),
        h('div', { class: 'item-main' },
          h('p', { class: 'audit-text' },
            h('strong', {}, userName(entry.actor_id)), ` ${verb}`, target && ' ', target && h('strong', {}, target)),
          h('p', { class: 'item-meta' },
            h('time', { datetime: entry.created_at, title: formatDateTime(entry.created_at) }, formatRelative(entry.created_at)),
            entry.reason && ` · Reason: ${entry.reason}`)));
    }));
    if (entries.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'Nothing has happened yet.'));
  };

  const load = async () => {
    say(error, '');
    try {
      const before = entries.length > 0 ? entries[entries.length - 1].id : undefined;
      const page = await api.getAuditLog(guildId, { before, limit: PAGE });
      if (!active) return;
      entries.push(...page);
      loaded = true;
      more.hidden = page.length < PAGE;
      render();
    } catch (err) {
      if (!active) return;
      if (entries.length === 0) list.replaceChildren(h('li', { class: 'item-placeholder' }, 'The audit log could not be loaded.'));
      say(error, describeError(err));
    } finally {
      list.removeAttribute('aria-busy');
    }
  };
  more.addEventListener('click', () => whileBusy(more, 'Loading…', load));
  ctx.live.loadMembers(guildId).then(() => { if (active && loaded) render(); }, () => {});
  load();

  const element = h('div', { class: 'settings-section' },
    h('p', { class: 'settings-hint' }, 'Who changed what in this server, newest first.'),
    error,
    list,
    h('div', { class: 'form-actions audit-more' }, more));
  return { element, cleanup: () => { active = false; } };
}
