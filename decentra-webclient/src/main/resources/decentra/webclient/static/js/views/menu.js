// A popup menu (role="menu"): arrow keys move, Enter/Space choose, Esc and outside clicks close.
import { h } from '../dom.js';

/**
 * Opens a menu inside `container`, controlled by `anchor` (which carries aria-haspopup="menu"). Items are
 * {label, hint?, marker?, checked?, onSelect}; `checked` makes it a menuitemradio.
 * Returns {close}; `onClose` runs after it closed.
 */
export function openMenu({ anchor, container, id, label, items, onClose }) {
  const buttons = items.map((item) => h('button', {
    type: 'button',
    class: 'menu-item',
    role: item.checked === undefined ? 'menuitem' : 'menuitemradio',
    'aria-checked': item.checked === undefined ? null : String(item.checked),
    tabindex: '-1',
    onclick: () => {
      close({ restoreFocus: true });
      item.onSelect();
    },
  }, item.marker, h('span', { class: 'menu-item-text' },
    h('span', { class: 'menu-item-label' }, item.label),
    item.hint && h('span', { class: 'menu-item-hint' }, item.hint))));
  const menu = h('div', { id, class: 'menu', role: 'menu', 'aria-label': label }, buttons);

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
    if (!menu.contains(event.target) && !anchor.contains(event.target)) close({ restoreFocus: false });
  };

  let open = true;
  function close({ restoreFocus }) {
    if (!open) return;
    open = false;
    document.removeEventListener('pointerdown', onOutside, true);
    menu.remove();
    anchor.setAttribute('aria-expanded', 'false');
    anchor.removeAttribute('aria-controls');
    if (restoreFocus) anchor.focus();
    onClose?.();
  }

  container.append(menu);
  anchor.setAttribute('aria-controls', id);
  anchor.setAttribute('aria-expanded', 'true');
  document.addEventListener('pointerdown', onOutside, true);
  (buttons.find((button) => button.getAttribute('aria-checked') === 'true') ?? buttons[0]).focus();
  return { close };
}
