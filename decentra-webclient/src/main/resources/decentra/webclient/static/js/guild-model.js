// Pure questions about a server as one member sees it (a GuildView): order, rank, names and colours.
import { isOwner } from './permissions.js';

/** Compares two ids (decimal strings of up to 64 bits) as numbers: negative when `a` is older. */
export function compareIds(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Positive when role `a` ranks above role `b`: higher position, and at equal positions the older role. */
export function compareRank(a, b) {
  return a.position - b.position || compareIds(b.id, a.id);
}

/** The server's roles from the highest to the lowest; @everyone last. */
export function rolesByRank(view) {
  return [...view.roles].sort((a, b) => compareRank(b, a));
}

/** The @everyone role (its id is the server's id). */
export function everyoneRole(view) {
  return view.roles.find((role) => role.everyone || role.id === view.guild.id);
}

/** The highest of the roles with these ids; @everyone when none of them exists. */
export function highestRole(view, roleIds) {
  const held = view.roles.filter((role) => roleIds.includes(role.id));
  return held.reduce((best, role) => (compareRank(role, best) > 0 ? role : best), everyoneRole(view));
}

/** Whether the signed-in member may act on this role: the owner may, others only on roles below their highest. */
export function outranksRole(view, role) {
  return isOwner(view) || compareRank(highestRole(view, view.me.roles), role) > 0;
}

/** Whether the signed-in member may act on this member: never on the owner or themselves, else by rank. */
export function outranksMember(view, member) {
  if (member.user.id === view.me.user.id || member.user.id === view.guild.owner_id) return false;
  return isOwner(view) || compareRank(highestRole(view, view.me.roles), highestRole(view, member.roles)) > 0;
}

/** The roles the signed-in member may give or take away: below their own, @everyone excluded. */
export function assignableRoles(view) {
  return rolesByRank(view).filter((role) => role.id !== everyoneRole(view)?.id && outranksRole(view, role));
}

const byPosition = (a, b) => a.position - b.position || compareIds(a.id, b.id);

/**
 * The channel list as shown: channels without a (visible) category first, then each category with
 * its channels, all by position.
 */
export function channelTree(channels) {
  const categories = channels.filter((channel) => channel.type === 'category').sort(byPosition);
  const known = new Set(categories.map((category) => category.id));
  const children = new Map(categories.map((category) => [category.id, []]));
  const top = [];
  for (const channel of [...channels].sort(byPosition)) {
    if (channel.type === 'category') continue;
    if (channel.parent_id && known.has(channel.parent_id)) children.get(channel.parent_id).push(channel);
    else top.push(channel);
  }
  return { top, categories: categories.map((category) => ({ category, channels: children.get(category.id) })) };
}

/** The channels in the order they are listed, categories in front of their channels. */
export function flatten(tree) {
  return [...tree.top, ...tree.categories.flatMap(({ category, channels }) => [category, ...channels])];
}

/** The channel to open when someone enters the server: the first text channel listed. */
export function defaultChannel(view) {
  return flatten(channelTree(view.channels)).find((channel) => channel.type === 'text') ?? null;
}

/** The address of a server, or of one of its channels, in the app. */
export function guildPath(guildId, channelId) {
  return channelId ? `/app/guilds/${encodeURIComponent(guildId)}/${encodeURIComponent(channelId)}` : `/app/guilds/${encodeURIComponent(guildId)}`;
}

/** The name a member goes by in a server: nickname, display name or username. */
export function memberName(member) {
  return member.nick || member.user.display_name || member.user.username;
}

/** A role colour (24-bit number, 0 for none) as '#rrggbb', or null for none. */
export function colourToHex(colour) {
  return colour ? '#' + colour.toString(16).padStart(6, '0') : null;
}

/** '#rrggbb' as a 24-bit number. */
export function hexToColour(hex) {
  return Number.parseInt(hex.replace('#', ''), 16) || 0;
}

/** The colour of the member's highest role that has one, as '#rrggbb', or null. */
export function memberColour(view, member) {
  const coloured = view.roles.filter((role) => role.colour && member.roles.includes(role.id));
  if (coloured.length === 0) return null;
  return colourToHex(coloured.reduce((best, role) => (compareRank(role, best) > 0 ? role : best)).colour);
}

/** Up to three initials of a server name ("Book Club" → "BC"), for servers without an icon. */
export function guildInitials(name) {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const firsts = words.map((word) => Array.from(word)[0]);
  return (firsts.length > 0 ? firsts.slice(0, 3).join('') : '?');
}

/** The text trimmed, when it is a plain line of 1 to `max` characters without control characters; else null. */
export function plainLine(text, max) {
  const trimmed = text.trim();
  const length = Array.from(trimmed).length;
  return length >= 1 && length <= max && !/\p{Cc}/u.test(trimmed) ? trimmed : null;
}

/** A channel name as the server keeps it: text channel names lower case, with dashes for spaces ("Book Club" → "book-club"). */
export function normalizeChannelName(type, typed) {
  const name = typed.trim();
  return type === 'text' ? name.toLowerCase().replace(/\s+/gu, '-') : name;
}

/** The arrangement of a channel tree as ids: {top: [id], categories: [{id, channels: [id]}]}, for moving things in it. */
export function arrangementOf(tree) {
  return {
    top: tree.top.map((channel) => channel.id),
    categories: tree.categories.map(({ category, channels }) => ({ id: category.id, channels: channels.map((channel) => channel.id) })),
  };
}

/**
 * The moves that turn `channels` into `arrangement`: every listed channel is numbered in list order and
 * put in its category; only those whose position or category changes are returned ([{id, position, parent_id?}]).
 */
export function movesFor(channels, arrangement) {
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  const moves = [];
  let position = 0;
  const place = (id, parentId) => {
    const channel = byId.get(id);
    const next = position++;
    if (!channel) return;
    if (channel.type === 'category') {
      if (channel.position !== next) moves.push({ id, position: next });
    } else if (channel.position !== next || (channel.parent_id ?? null) !== parentId) {
      moves.push({ id, position: next, parent_id: parentId });
    }
  };
  arrangement.top.forEach((id) => place(id, null));
  for (const category of arrangement.categories) {
    place(category.id, null);
    category.channels.forEach((id) => place(id, category.id));
  }
  return moves;
}

/** The channels with `moves` applied (positions and categories). */
export function applyMoves(channels, moves) {
  const byId = new Map(moves.map((move) => [move.id, move]));
  return channels.map((channel) => {
    const move = byId.get(channel.id);
    if (!move) return channel;
    return { ...channel, position: move.position, ...('parent_id' in move ? { parent_id: move.parent_id } : {}) };
  });
}

/**
 * The arrangement with one channel moved a step up (delta −1) or down (+1): categories among categories,
 * other channels within their group, crossing into the neighbouring group at its edge. Null when it cannot move.
 */
export function stepInArrangement(arrangement, id, delta) {
  const next = { top: [...arrangement.top], categories: arrangement.categories.map((c) => ({ id: c.id, channels: [...c.channels] })) };
  const catIndex = next.categories.findIndex((category) => category.id === id);
  if (catIndex >= 0) {
    const target = catIndex + delta;
    if (target < 0 || target >= next.categories.length) return null;
    const [moved] = next.categories.splice(catIndex, 1);
    next.categories.splice(target, 0, moved);
    return next;
  }
  const groups = [next.top, ...next.categories.map((category) => category.channels)];
  const groupIndex = groups.findIndex((group) => group.includes(id));
  if (groupIndex < 0) return null;
  const group = groups[groupIndex];
  const index = group.indexOf(id);
  const target = index + delta;
  if (target >= 0 && target < group.length) {
    group.splice(index, 1);
    group.splice(target, 0, id);
    return next;
  }
  const neighbour = groups[groupIndex + delta];
  if (!neighbour) return null;
  group.splice(index, 1);
  if (delta < 0) neighbour.push(id);
  else neighbour.unshift(id);
  return next;
}
