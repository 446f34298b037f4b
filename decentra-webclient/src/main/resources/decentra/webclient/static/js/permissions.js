// Server permissions: their names and labels, and what the signed-in member may do (docs/api.md, "Permissions").
// The server decides; the client only uses this to offer what would be allowed.

/** Every permission with its label, a one-line hint, its group, and whether channel overwrites may set it. */
export const PERMISSIONS = Object.freeze([
  { name: 'view_channel', group: 'general', channel: true, label: 'View channels', hint: 'See channels and what is said in them.' },
  { name: 'manage_channels', group: 'general', channel: true, label: 'Manage channels', hint: 'Create, edit, move and delete channels.' },
  { name: 'manage_roles', group: 'general', channel: true, label: 'Manage roles', hint: 'Create and edit roles below their own, assign them, and edit channel permissions.' },
  { name: 'manage_guild', group: 'general', channel: false, label: 'Manage server', hint: 'Rename the server, change its icon, and see and revoke its invites.' },
  { name: 'view_audit_log', group: 'general', channel: false, label: 'View audit log', hint: 'Read the record of administrative actions.' },
  { name: 'create_invite', group: 'membership', channel: true, label: 'Create invites', hint: 'Invite new people to this server.' },
  { name: 'change_nickname', group: 'membership', channel: false, label: 'Change nickname', hint: 'Change their own nickname in this server.' },
  { name: 'manage_nicknames', group: 'membership', channel: false, label: 'Manage nicknames', hint: 'Change the nicknames of members below them.' },
  { name: 'kick_members', group: 'membership', channel: false, label: 'Kick members', hint: 'Remove members below them; they can come back with an invite.' },
  { name: 'ban_members', group: 'membership', channel: false, label: 'Ban members', hint: 'Remove members below them for good, and lift bans.' },
  { name: 'send_messages', group: 'text', channel: true, label: 'Send messages', hint: 'Write in text channels.' },
  { name: 'read_message_history', group: 'text', channel: true, label: 'Read message history', hint: 'Read what was said before they arrived.' },
  { name: 'embed_links', group: 'text', channel: true, label: 'Embed links', hint: 'Show previews of the links they post.' },
  { name: 'attach_files', group: 'text', channel: true, label: 'Attach files', hint: 'Upload files and images.' },
  { name: 'mention_everyone', group: 'text', channel: true, label: 'Mention @everyone', hint: 'Notify everyone in a channel at once.' },
  { name: 'manage_messages', group: 'text', channel: true, label: 'Manage messages', hint: 'Delete and pin other people’s messages.' },
  { name: 'connect', group: 'voice', channel: true, label: 'Connect', hint: 'Join voice channels.' },
  { name: 'speak', group: 'voice', channel: true, label: 'Speak', hint: 'Talk in voice channels.' },
  { name: 'video', group: 'voice', channel: true, label: 'Video', hint: 'Share their camera or screen.' },
  { name: 'mute_members', group: 'voice', channel: true, label: 'Mute members', hint: 'Mute others in voice channels.' },
  { name: 'deafen_members', group: 'voice', channel: true, label: 'Deafen members', hint: 'Deafen others in voice channels.' },
  { name: 'move_members', group: 'voice', channel: true, label: 'Move members', hint: 'Move others between voice channels.' },
  { name: 'administrator', group: 'advanced', channel: false, label: 'Administrator', hint: 'Every permission in every channel. Give it with care.' },
]);

/** The groups of PERMISSIONS in display order, with their headings. */
export const PERMISSION_GROUPS = Object.freeze([
  { id: 'general', label: 'General' },
  { id: 'membership', label: 'Membership' },
  { id: 'text', label: 'Text channels' },
  { id: 'voice', label: 'Voice channels' },
  { id: 'advanced', label: 'Advanced' },
]);

const ALL = PERMISSIONS.map((permission) => permission.name);
const NEED_SEND = ['mention_everyone', 'embed_links', 'attach_files'];
const NEED_CONNECT = ['speak', 'video', 'mute_members', 'deafen_members', 'move_members'];

/** The permissions a channel overwrite of a channel of this type can set (text ones for text, voice ones for voice). */
export function overwritablePermissions(type) {
  return PERMISSIONS.filter((permission) => permission.channel
    && !(type === 'text' && permission.group === 'voice')
    && !(type === 'voice' && permission.group === 'text'));
}

/** Whether the signed-in member owns the server of this GuildView. */
export function isOwner(view) {
  return view.guild.owner_id === view.me.user.id;
}

/** Whether the signed-in member holds `name` in the server as a whole. */
export function can(view, name) {
  return view.permissions.includes(name) || view.permissions.includes('administrator');
}

/** Whether the signed-in member holds `name` in the channel. */
export function canIn(view, channel, name) {
  return can(view, 'administrator') || (channel.permissions ?? []).includes(name);
}

/** Whether the member holds `name` somewhere: in the server, or in one of the channels. */
export function canAnywhere(view, name) {
  return can(view, name) || view.channels.some((channel) => canIn(view, channel, name));
}

/**
 * The member's permissions in a channel, worked out as the server does: @everyone's overwrite, the
 * role overwrites together, the member's own, denials before allowances. Used for channels that
 * arrive in an event without the member's `permissions`.
 */
export function channelPermissions(view, channel) {
  const base = new Set(view.permissions);
  if (base.has('administrator')) return [...ALL];
  const everyoneId = view.guild.id;
  const find = (type, id) => (channel.overwrites ?? []).find((o) => o.type === type && o.id === id);
  const apply = (overwrite) => {
    if (!overwrite) return;
    for (const name of overwrite.deny) base.delete(name);
    for (const name of overwrite.allow) base.add(name);
  };
  apply(find('role', everyoneId));
  const roles = { allow: [], deny: [] };
  for (const roleId of view.me.roles) {
    const overwrite = find('role', roleId);
    if (overwrite) {
      roles.allow.push(...overwrite.allow);
      roles.deny.push(...overwrite.deny);
    }
  }
  apply(roles);
  apply(find('member', view.me.user.id));
  if (!base.has('view_channel')) return [];
  if (channel.type === 'text' && !base.has('send_messages')) NEED_SEND.forEach((name) => base.delete(name));
  if (channel.type === 'voice' && !base.has('connect')) NEED_CONNECT.forEach((name) => base.delete(name));
  return ALL.filter((name) => base.has(name));
}
