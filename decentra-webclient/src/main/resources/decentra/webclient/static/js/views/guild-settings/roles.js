// Server settings → Roles: the roles by rank; create, rename, colour, permissions, move up and down, delete.
// @everyone can be edited but neither renamed nor deleted; only roles below one's own highest can be changed.
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { colourToHex, everyoneRole, hexToColour, highestRole, outranksRole, plainLine, rolesByRank } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { can, isOwner, PERMISSION_GROUPS, PERMISSIONS } from '../../permissions.js';
import { applyGuildEvent } from '../../state.js';
import { alertRegion, field, markInvalid, say, statusRegion, whileBusy } from '../form.js';
import { openFormDialog } from '../form-dialog.js';
import { toast } from '../toast.js';

const NAME_MAX = 100;
const DEFAULT_COLOUR = '#99aab5';

/** Renders the Roles tab; returns {element, cleanup}. */
export function renderRolesTab({ ctx, guildId }) {
  const { store } = ctx;
  const error = alertRegion('roles-error');
  const picker = h('ul', { id: 'role-list', class: 'picker-list', 'aria-label': 'Roles, highest first' });
  const editor = h('div', { id: 'role-editor-slot', class: 'picker-editor' });
  const create = h('button', { id: 'create-role', type: 'button', class: 'button button-secondary button-small' }, 'Create role');
  let selected = null;
  let editing = null;
  let shownRoles = null;

  create.addEventListener('click', () => whileBusy(create, 'Creating…', async () => {
    say(error, '');
    try {
      const role = await api.createRole(guildId, { name: 'new role' });
      applyGuildEvent(store, 'GUILD_ROLE_CREATE', { guild_id: guildId, role });
      choose(role.id);
      document.getElementById('role-name')?.select();
    } catch (err) {
      say(error, describeError(err));
    }
  }));

  const choose = (roleId) => {
    selected = roleId;
    editing = null;
    refresh(store.get(), true);
  };

  const renderPicker = (view) => {
    const focused = picker.contains(document.activeElement) ? document.activeElement.dataset.roleId : null;
    replace(picker, rolesByRank(view).map((role) => h('li', {},
      h('button', {
        type: 'button', class: 'picker-item', 'aria-current': role.id === selected ? 'true' : null, dataset: { roleId: role.id },
        onclick: () => choose(role.id),
      },
      h('span', { class: 'role-dot', style: { backgroundColor: colourToHex(role.colour) ?? '' }, 'aria-hidden': 'true' }),
      h('span', { class: 'picker-name' }, role.name),
      !outranksRole(view, role) && h('span', { class: 'picker-lock', title: 'At or above your highest role' }, icon('shield', 'icon picker-icon'))))));
    if (focused) picker.querySelector(`[data-role-id="${CSS.escape(focused)}"]`)?.focus();
  };

  const refresh = (state, force = false) => {
    const view = state.guilds?.[guildId];
    if (!view) return;
    if (force || view.roles !== shownRoles) {
      shownRoles = view.roles;
      if (!view.roles.some((role) => role.id === selected)) {
        selected = (rolesByRank(view).find((role) => outranksRole(view, role)) ?? everyoneRole(view))?.id;
        editing = null;
      }
      renderPicker(view);
    }
    const role = view.roles.find((r) => r.id === selected);
    if (!role) return;
    if (editing?.roleId !== role.id) {
      editing = roleEditor(ctx, guildId, view, role, { onDeleted: () => choose(null) });
      replace(editor, editing.element);
    } else {
      editing.update(view, role);
    }
  };

  const unwatch = store.watch(['guilds'], (state) => refresh(state));
  const element = h('div', { class: 'settings-section settings-section-wide' },
    h('p', { class: 'settings-hint' }, 'Members get the permissions of all their roles together. A role’s colour and place in this list '
      + 'show in the member list; you can change roles below your highest role only.'),
    error,
    h('div', { class: 'picker-layout' },
      h('div', { class: 'picker-side' }, h('div', { class: 'picker-toolbar' }, create), picker),
      editor));
  return { element, cleanup: unwatch };
}

/** The editor of one role; returns {roleId, element, update(view, role)}. */
function roleEditor(ctx, guildId, view, role, { onDeleted }) {
  const { store } = ctx;
  const everyone = role.id === everyoneRole(view)?.id;
  const error = alertRegion('role-edit-error');
  const done = statusRegion('role-edit-status');
  const name = field({ id: 'role-name', label: 'Role name', value: role.name, maxlength: NAME_MAX, autocomplete: 'off', disabled: everyone });
  const colour = h('input', { id: 'role-colour', type: 'color', class: 'colour-input', value: colourToHex(role.colour) ?? DEFAULT_COLOUR });
  const noColour = h('input', { id: 'role-no-colour', type: 'checkbox', checked: !role.colour });
  const save = h('button', { id: 'role-save', type: 'submit', class: 'button button-primary' }, 'Save changes');
  const up = h('button', { id: 'role-move-up', type: 'button', class: 'button button-secondary button-small' }, 'Move up');
  const down = h('button', { id: 'role-move-down', type: 'button', class: 'button button-secondary button-small' }, 'Move down');
  const remove = h('button', { id: 'role-delete', type: 'button', class: 'button button-danger-outline' }, 'Delete role');
  const note = h('p', { class: 'settings-notice', hidden: true });
  const boxes = new Map();
  let dirty = false;

  colour.addEventListener('input', () => { noColour.checked = false; });
  const owner = isOwner(view);
  const groups = PERMISSION_GROUPS.map((group) => h('fieldset', { class: 'permission-group' },
    h('legend', { class: 'settings-group-title' }, group.label),
    PERMISSIONS.filter((permission) => permission.group === group.id).map((permission) => {
      const box = h('input', {
        type: 'checkbox', class: 'switch', id: `role-permission-${permission.name}`, dataset: { permission: permission.name },
        checked: role.permissions.includes(permission.name), 'aria-describedby': `role-permission-${permission.name}-hint`,
      });
      boxes.set(permission.name, box);
      return h('div', { class: 'toggle-row toggle-row-compact' },
        h('div', {},
          h('label', { class: 'toggle-label', for: box.id }, permission.label),
          h('p', { class: 'settings-hint', id: `role-permission-${permission.name}-hint` }, permission.hint)),
        box);
    })));
  const fieldset = h('fieldset', { class: 'role-fields' },
    everyone ? h('p', { class: 'settings-hint' }, '@everyone is every member of the server. It cannot be renamed or deleted.') : name.element,
    !everyone && h('div', { class: 'field' },
      h('span', { class: 'field-label', id: 'role-colour-label' }, 'Colour'),
      h('div', { class: 'colour-row', role: 'group', 'aria-labelledby': 'role-colour-label' },
        colour, h('label', { class: 'check-inline' }, noColour, 'No colour'))),
    groups);
  fieldset.addEventListener('change', () => {
    dirty = true;
    say(done, '');
  });

  const sync = (currentView, currentRole) => {
    const mayEdit = outranksRole(currentView, currentRole);
    fieldset.disabled = !mayEdit;
    save.hidden = !mayEdit;
    remove.hidden = everyone || !mayEdit;
    note.hidden = mayEdit;
    note.textContent = 'This role is at or above your highest role, so you cannot change it.';
    // Nobody can grant a permission they do not hold.
    for (const [permissionName, box] of boxes) box.disabled = !owner && !can(currentView, permissionName);
    const movable = !everyone && mayEdit;
    const mine = highestRole(currentView, currentView.me.roles);
    up.hidden = down.hidden = !movable;
    up.disabled = !(owner || currentRole.position + 1 < mine.position) || currentRole.position >= currentView.roles.length - 1;
    down.disabled = currentRole.position <= 1;
    if (!dirty) {
      name.input.value = currentRole.name;
      colour.value = colourToHex(currentRole.colour) ?? DEFAULT_COLOUR;
      noColour.checked = !currentRole.colour;
      for (const [permissionName, box] of boxes) box.checked = currentRole.permissions.includes(permissionName);
    }
  };
  sync(view, role);

  const onSubmit = (event) => {
    event.preventDefault();
    say(error, '');
    say(done, '');
    const patch = { permissions: [...boxes].filter(([, box]) => box.checked).map(([permissionName]) => permissionName) };
    if (!everyone) {
      const valid = plainLine(name.input.value, NAME_MAX);
      markInvalid(name.input, !valid);
      if (!valid) {
        say(error, 'Give the role a name of 1 to 100 characters.');
        name.input.focus();
        return;
      }
      patch.name = valid;
      patch.colour = noColour.checked ? 0 : hexToColour(colour.value);
    }
    whileBusy(save, 'Saving…', async () => {
      try {
        const updated = await api.updateRole(guildId, role.id, patch);
        dirty = false;
        applyGuildEvent(store, 'GUILD_ROLE_UPDATE', { guild_id: guildId, role: updated });
        say(done, 'Saved.');
      } catch (err) {
        say(error, describeError(err));
      }
    });
  };

  const move = (button, delta) => whileBusy(button, 'Moving…', async () => {
    say(error, '');
    const latest = store.get().guilds?.[guildId]?.roles.find((r) => r.id === role.id);
    if (!latest) return;
    try {
      const updated = await api.updateRole(guildId, role.id, { position: latest.position + delta });
      applyGuildEvent(store, 'GUILD_ROLE_UPDATE', { guild_id: guildId, role: updated });
      // The roles it passed move the other way; their events follow, but the list should not wait.
      const others = store.get().guilds?.[guildId]?.roles ?? [];
      for (const other of others) {
        if (other.id !== updated.id && other.position === updated.position) {
          applyGuildEvent(store, 'GUILD_ROLE_UPDATE', { guild_id: guildId, role: { ...other, position: latest.position } });
        }
      }
      // At the top or bottom the button turns off; keep the focus on its partner then.
      (button.disabled ? [up, down].find((other) => other !== button) : button).focus();
    } catch (err) {
      say(error, describeError(err));
    }
  });
  up.addEventListener('click', () => move(up, 1));
  down.addEventListener('click', () => move(down, -1));

  remove.addEventListener('click', () => openFormDialog({
    id: 'delete-role-dialog',
    title: `Delete the role ${role.name}?`,
    intro: ['Members who have it lose it, and the permissions it gave them. This cannot be undone.'],
    submitId: 'delete-role-confirm',
    submitLabel: 'Delete role',
    busyLabel: 'Deleting…',
    danger: true,
    onSubmit: async () => {
      await api.deleteRole(guildId, role.id);
      applyGuildEvent(store, 'GUILD_ROLE_DELETE', { guild_id: guildId, role_id: role.id });
      toast(`The role ${role.name} was deleted.`);
      onDeleted();
    },
  }));

  const element = h('form', { id: 'role-editor', class: 'role-editor', novalidate: true, onsubmit: onSubmit },
    h('div', { class: 'picker-editor-head' },
      h('h3', { class: 'picker-editor-title' }, role.name),
      h('div', { class: 'form-actions' }, up, down)),
    note,
    fieldset,
    error,
    h('div', { class: 'form-actions' }, save, remove, done));

  return {
    roleId: role.id,
    element,
    update(currentView, currentRole) {
      element.querySelector('.picker-editor-title').textContent = currentRole.name;
      sync(currentView, currentRole);
    },
  };
}
