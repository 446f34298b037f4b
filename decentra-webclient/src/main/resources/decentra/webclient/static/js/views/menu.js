// A popup menu (role="menu"): arrow keys move, Enter/Space choose, Esc and outside clicks close.
import { h } from '../dom.js';

/**
 * Opens a menu inside `container`, controlled by `anchor` (which carries aria-haspopup="menu"). Items are
 * {label, hint?, marker?, checked?, danger?, onSelect}, or {separator: true}; falsy items are left out.
 * `checked` makes it a menuitemradio. With `at` ({x, y} in viewport pixels) the menu floats there, kept on screen.
 * Returns {close}; `onClose` runs after it closed.
 */
export function openMenu({ anchor, container, id, label, items, at, onClose }) {
  const entries = items.filter(Boolean).map((item) => (item.separator
    ? h('div', { class: 'menu-separator', role: 'separator' })
    : h('button', {
      type: 'button',
      class: ['menu-item', item.danger && 'menu-item-danger'],
      role: item.checked === undefined ? 'menuitem' : 'menuitemradio',
      'aria-checked': item.checked === undefined ? null : String(item.checked),
      tabindex: '-1',
      onclick: () => {
        close({ restoreFocus: true });
        item.onSelect();
      },
    }, item.marker, h('span', { class: 'menu-item-text' },
      h('span', { class: 'menu-item-label' }, item.label),
      item.hint && h('span', { class: 'menu-item-hint' }, item.hint)))));
  const buttons = entries.filter((entry) => entry.tagName === 'BUTTON');
  const menu = h('div', { id, class: ['menu', at && 'menu-floating'], role: 'menu', 'aria-label': label }, entries);

  const move = (delta) => {
    const index = buttons.indexOf(document.activeElement);
    buttons[(index + delta + buttons.length) % buttons.length].focus();
  };
  menu.addEventListener('keydown', (event) => {
    const keys = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => buttons[0].focus(),
      End: () => buttons[buttons.length - 1].focus(),
      Escape: () => close({ restoreFocus: true }),
    };
    if (event.key === 'Tab') close({ restoreFocus: false });
    if (!keys[event.key]) return;
    event.preventDefault();
    event.stopPropagation();
    keys[event.key]();
  });
  const onOutside = (event) => {
    // A floating (context) menu also closes when its anchor is pressed again; a dropdown's anchor toggles it.
    if (!menu.contains(event.target) && (at || !anchor.contains(event.target))) close({ restoreFocus: false });
  };
  const onResize = () => close({ restoreFocus: false });

  let open = true;
  function close({ restoreFocus }) {
    if (!open) return;
    open = false;
    document.removeEventListener('pointerdown', onOutside, true);
    window.removeEventListener('resize', onResize);
    menu.remove();
    if (!at) {
      anchor.setAttribute('aria-expanded', 'false');
      anchor.removeAttribute('aria-controls');
    }
    if (restoreFocus) anchor.focus();
    onClose?.();
  }

  container.append(menu);
  if (at) {
    place(menu, at);
    window.addEventListener('resize', onResize);
  } else {
    anchor.setAttribute('aria-controls', id);
    anchor.setAttribute('aria-expanded', 'true');
  }
  document.addEventListener('pointerdown', onOutside, true);
  (buttons.find((button) => button.getAttribute('aria-checked') === 'true') ?? buttons[0]).focus();
  return { close };
}

/** Puts a floating menu at the point, moved left or up as needed to stay inside the viewport. */
function place(menu, { x, y }) {
  const margin = 8;
  const { width, height } = menu.getBoundingClientRect();
  const left = Math.max(margin, Math.min(x, window.innerWidth - width - margin));
  const top = y + height + margin > window.innerHeight ? Math.max(margin, y - height) : y;
  Object.assign(menu.style, { left: `${left}px`, top: `${top}px` });
}
