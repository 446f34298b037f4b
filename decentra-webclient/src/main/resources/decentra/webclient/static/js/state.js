// A tiny store (one immutable state object, shallow patches, synchronous subscribers) and the server state's reducers.
import { channelPermissions } from './permissions.js';

/** Creates a store holding `initial`; `set` merges a patch and notifies subscribers of changed keys. */
export function createStore(initial) {
  let state = Object.freeze({ ...initial });
  const subscribers = new Set();

  /** Calls `fn(state, previous, changedKeys)` after each change; returns an unsubscribe function. */
  const subscribe = (fn) => {
    subscribers.add(fn);
    return () => subscribers.delete(fn);
  };

  return {
    subscribe,

    /** The current state. */
    get: () => state,

    /** Merges a patch into the state; subscribers run only when some value actually changed. */
    set(patch) {
      const changed = Object.keys(patch).filter((key) => !Object.is(state[key], patch[key]));
      if (changed.length === 0) return;
      const previous = state;
      state = Object.freeze({ ...state, ...patch });
      for (const subscriber of [...subscribers]) subscriber(state, previous, changed);
    },

    /** Like subscribe, but only for changes of the given keys, and called once right away. */
    watch(keys, fn) {
      fn(state);
      return subscribe((next, previous, changed) => {
        if (changed.some((key) => keys.includes(key))) fn(next, previous);
      });
    },
  };
}

// Server state. Three keys of the store hold it, each replaced (never mutated) when it changes, and
// inside them only what changed gets a new object, so that views can compare by identity:
//   guilds:     { [guild id]: GuildView } — null until READY;
//   guildOrder: [guild id] — the order of the server rail;
//   members:    { [guild id]: { [user id]: Member } } — only for servers whose member list was loaded.

/** The patch READY makes: every server replaced, member lists dropped (events may have been missed). */
export function readyPatch(views = []) {
  const guilds = {};
  for (const view of views) guilds[view.guild.id] = withChannelPermissions(view);
  return { guilds: Object.freeze(guilds), guildOrder: Object.freeze(views.map((view) => view.guild.id)), members: Object.freeze({}) };
}

/** The patch that adds or replaces one server (created, joined, or re-read). */
export function putGuildPatch(state, view) {
  const id = view.guild.id;
  const order = state.guildOrder ?? [];
  return {
    guilds: Object.freeze({ ...(state.guilds ?? {}), [id]: withChannelPermissions(view) }),
    guildOrder: order.includes(id) ? order : Object.freeze([...order, id]),
  };
}

/** The patch that drops one server and everything known about it. */
export function removeGuildPatch(state, id) {
  if (!state.guilds?.[id]) return null;
  const { [id]: _gone, ...guilds } = state.guilds;
  const { [id]: _members, ...members } = state.members ?? {};
  return {
    guilds: Object.freeze(guilds),
    guildOrder: Object.freeze(state.guildOrder.filter((other) => other !== id)),
    members: Object.freeze(members),
  };
}

/** The patch that stores a loaded member list. */
export function membersPatch(state, guildId, list) {
  const byId = {};
  for (const member of list) byId[member.user.id] = member;
  return { members: Object.freeze({ ...(state.members ?? {}), [guildId]: Object.freeze(byId) }) };
}

/** The patch that replaces a server's channels (after a reorder, or a re-read). */
export function channelsPatch(state, guildId, channels) {
  return updateView(state, guildId, (view) => withChannelPermissions({ ...view, channels }));
}

/** The patch a gateway event makes to the server state, or null when it changes nothing. */
export function guildEventPatch(state, type, d) {
  const handler = EVENTS[type];
  return handler && state.guilds ? handler(state, d) : null;
}

/** Applies an event (or an API answer shaped like one, so the screen need not wait for the event) to the store. */
export function applyGuildEvent(store, type, data) {
  const patch = guildEventPatch(store.get(), type, data);
  if (patch) store.set(patch);
}

const EVENTS = {
  GUILD_CREATE: (state, view) => putGuildPatch(state, view),
  GUILD_SYNC: (state, view) => (state.guilds[view.guild.id] ? putGuildPatch(state, view) : null),
  GUILD_UPDATE: (state, guild) => updateView(state, guild.id, (view) => ({ ...view, guild })),
  GUILD_DELETE: (state, { id }) => removeGuildPatch(state, id),
  CHANNEL_CREATE: (state, channel) => updateView(state, channel.guild_id, (view) => putChannel(view, channel)),
  CHANNEL_UPDATE: (state, channel) => updateView(state, channel.guild_id, (view) => putChannel(view, channel)),
  CHANNEL_DELETE: (state, { id, guild_id: guildId }) => updateView(state, guildId, (view) => ({
    ...view,
    channels: view.channels.filter((channel) => channel.id !== id)
      .map((channel) => (channel.parent_id === id ? { ...channel, parent_id: null } : channel)),
  })),
  GUILD_MEMBER_ADD: (state, { guild_id: guildId, ...member }) => {
    const known = state.members?.[guildId]?.[member.user.id];
    const self = member.user.id === state.user?.id;
    return merge(
      known || self ? null : updateView(state, guildId, (view) => ({ ...view, member_count: view.member_count + 1 })),
      putMember(state, guildId, member));
  },
  GUILD_MEMBER_UPDATE: (state, { guild_id: guildId, ...member }) => merge(
    member.user.id === state.user?.id ? updateView(state, guildId, (view) => ({ ...view, me: member })) : null,
    putMember(state, guildId, member)),
  GUILD_MEMBER_REMOVE: (state, { guild_id: guildId, user }) => {
    const list = state.members?.[guildId];
    const unknown = list && !list[user.id];
    return merge(
      unknown ? null : updateView(state, guildId, (view) => ({ ...view, member_count: Math.max(0, view.member_count - 1) })),
      list?.[user.id] ? withMembers(state, guildId, (members) => {
        const { [user.id]: _gone, ...rest } = members;
        return rest;
      }) : null);
  },
  GUILD_ROLE_CREATE: (state, { guild_id: guildId, role }) => updateView(state, guildId, (view) => putRole(view, role)),
  GUILD_ROLE_UPDATE: (state, { guild_id: guildId, role }) => updateView(state, guildId, (view) => putRole(view, role)),
  GUILD_ROLE_DELETE: (state, { guild_id: guildId, role_id: roleId }) => merge(
    updateView(state, guildId, (view) => ({
      ...view,
      roles: view.roles.filter((role) => role.id !== roleId),
      me: view.me.roles.includes(roleId) ? { ...view.me, roles: view.me.roles.filter((id) => id !== roleId) } : view.me,
    })),
    state.members?.[guildId] ? withMembers(state, guildId, (members) => Object.fromEntries(Object.entries(members)
      .map(([id, member]) => [id, member.roles.includes(roleId) ? { ...member, roles: member.roles.filter((r) => r !== roleId) } : member]))) : null),
};

function updateView(state, guildId, change) {
  const view = state.guilds?.[guildId];
  if (!view) return null;
  return { guilds: Object.freeze({ ...state.guilds, [guildId]: Object.freeze(change(view)) }) };
}

function withMembers(state, guildId, change) {
  const members = state.members?.[guildId];
  if (!members) return null;
  return { members: Object.freeze({ ...state.members, [guildId]: Object.freeze(change(members)) }) };
}

function putMember(state, guildId, member) {
  return withMembers(state, guildId, (members) => ({ ...members, [member.user.id]: member }));
}

function putChannel(view, channel) {
  const old = view.channels.find((other) => other.id === channel.id);
  // Channel events are encoded once for everyone, so they may lack this member's permissions: keep or work them out.
  const permissions = channel.permissions ?? old?.permissions ?? channelPermissions(view, channel);
  const next = { ...channel, permissions };
  return { ...view, channels: old ? view.channels.map((other) => (other.id === channel.id ? next : other)) : [...view.channels, next] };
}

function putRole(view, role) {
  const exists = view.roles.some((other) => other.id === role.id);
  return { ...view, roles: exists ? view.roles.map((other) => (other.id === role.id ? role : other)) : [...view.roles, role] };
}

function withChannelPermissions(view) {
  const missing = view.channels.some((channel) => !channel.permissions);
  if (!missing) return Object.freeze(view);
  return Object.freeze({
    ...view,
    channels: view.channels.map((channel) => (channel.permissions ? channel : { ...channel, permissions: channelPermissions(view, channel) })),
  });
}

function merge(...patches) {
  const present = patches.filter(Boolean);
  return present.length === 0 ? null : Object.assign({}, ...present);
}
