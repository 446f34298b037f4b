// The server settings dialog (#guild-settings-dialog): only the tabs the member may use, kept in step with
// their permissions (GUILD_SYNC), and closed when the server goes away.
import { h } from '../../dom.js';
import { icon } from '../../icons.js';
import { can, canAnywhere, isOwner } from '../../permissions.js';
import { closeButton, openDialog } from '../dialog.js';
import { moveBetweenTabs } from '../tabs.js';
import { renderAuditTab } from './audit.js';
import { renderBansTab } from './bans.js';
import { renderChannelsTab } from './channels.js';
import { renderInvitesTab } from './invites.js';
import { renderMembersTab } from './members.js';
import { renderOverviewTab } from './overview.js';
import { renderRolesTab } from './roles.js';

const TABS = [
  { name: 'overview', label: 'Overview', icon: 'gear', render: renderOverviewTab, allowed: (v) => isOwner(v) || can(v, 'manage_guild') },
  {
    name: 'channels', label: 'Channels', icon: 'hash', render: renderChannelsTab,
    allowed: (v) => canAnywhere(v, 'manage_channels') || canAnywhere(v, 'manage_roles'),
  },
  { name: 'roles', label: 'Roles', icon: 'shield', render: renderRolesTab, allowed: (v) => can(v, 'manage_roles') },
  {
    name: 'members', label: 'Members', icon: 'members', render: renderMembersTab,
    allowed: (v) => ['kick_members', 'ban_members', 'manage_roles', 'manage_nicknames'].some((name) => can(v, name)),
  },
  { name: 'invites', label: 'Invites', icon: 'link', render: renderInvitesTab, allowed: (v) => can(v, 'manage_guild') },
  { name: 'bans', label: 'Bans', icon: 'ban', render: renderBansTab, allowed: (v) => can(v, 'ban_members') },
  { name: 'audit', label: 'Audit log', icon: 'list', render: renderAuditTab, allowed: (v) => can(v, 'view_audit_log') || can(v, 'manage_guild') },
];

let open = null;

/** The names of the settings tabs the signed-in member may use in this server (empty: no settings for them). */
export function settingsTabs(view) {
  return TABS.filter((tab) => tab.allowed(view)).map((tab) => tab.name);
}

/**
 * Opens the settings of a server on `tab` (the first allowed one by default); `options.channelId` picks the
 * channel in the Channels tab. When they are open already, switches to that tab.
 */
export function openGuildSettings(ctx, guildId, tab, options = {}) {
  if (open?.guildId === guildId) {
    open.select(tab, options);
    return;
  }
  open?.close();
  const { store } = ctx;
  let current = null;
  let cleanupPanel = null;

  const tabButtons = new Map(TABS.map((entry) => [entry.name, h('button', {
    id: `guild-tab-${entry.name}`, type: 'button', role: 'tab', class: 'settings-tab',
    'aria-selected': 'false', 'aria-controls': 'guild-settings-panel', tabindex: '-1', hidden: true,
    onclick: () => select(entry.name),
  }, icon(entry.icon, 'icon settings-tab-icon'), h('span', {}, entry.label))]));
  const tablist = h('div', { class: 'settings-tabs', role: 'tablist', 'aria-orientation': 'vertical', 'aria-labelledby': 'guild-settings-title' },
    [...tabButtons.values()]);
  tablist.addEventListener('keydown', (event) => moveBetweenTabs(event, tabButtons));

  const title = h('h1', { id: 'guild-settings-title', class: 'settings-title' });
  const panelTitle = h('h2', { id: 'guild-settings-panel-title', class: 'settings-panel-title' });
  const panelBody = h('div', { class: 'settings-panel-body' });
  const panel = h('section', { id: 'guild-settings-panel', class: 'settings-panel', role: 'tabpanel' }, panelBody);

  function select(name, tabOptions = {}) {
    const view = store.get().guilds?.[guildId];
    if (!view) return;
    const allowed = TABS.filter((entry) => entry.allowed(view));
    const entry = allowed.find((candidate) => candidate.name === name) ?? allowed[0];
    if (!entry) {
      dialog.close();
      return;
    }
    if (entry === current && !tabOptions.channelId) return;
    cleanupPanel?.();
    current = entry;
    for (const [tabName, button] of tabButtons) {
      const selected = tabName === entry.name;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    panel.setAttribute('aria-labelledby', `guild-tab-${entry.name}`);
    panelTitle.textContent = entry.label;
    const rendered = entry.render({ ctx, guildId, options: tabOptions });
    panelBody.replaceChildren(rendered.element);
    panelBody.scrollTop = 0;
    cleanupPanel = rendered.cleanup;
  }

  const dialog = openDialog({
    id: 'guild-settings-dialog',
    className: 'dialog-settings',
    labelledBy: 'guild-settings-title',
    build: (close) => h('div', { class: 'settings-layout' },
      h('nav', { class: 'settings-nav', 'aria-label': 'Server settings sections' }, title, tablist),
      h('div', { class: 'settings-main' },
        h('header', { class: 'settings-panel-header' }, panelTitle, closeButton(close, 'Close server settings')),
        panel)),
    initialFocus: () => (current ? tabButtons.get(current.name) : null),
    onClose: () => {
      cleanupPanel?.();
      unwatch();
      if (open?.dialog === dialog) open = null;
    },
  });

  // Permissions change under an open dialog (GUILD_SYNC): tabs come and go; the server itself may go.
  const unwatch = store.watch(['guilds'], ({ guilds }) => {
    const view = guilds?.[guildId];
    if (!view) {
      dialog.close();
      return;
    }
    title.textContent = `${view.guild.name}`;
    for (const entry of TABS) tabButtons.get(entry.name).hidden = !entry.allowed(view);
    if (current && !current.allowed(view)) select(null);
  });
  select(tab, options);
  tabButtons.get(current?.name)?.focus();
  open = { guildId, dialog, select, close: dialog.close };
}
