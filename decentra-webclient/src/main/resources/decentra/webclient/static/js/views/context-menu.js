// Context menus: right-click, long-press on touch screens, and the Menu key or Shift+F10 on a focused element.
import { openMenu } from './menu.js';

const LONG_PRESS_MS = 500;
const MOVE_TOLERANCE_PX = 10;
let current = null;

/** Opens a context menu of `items` (as for openMenu) at a point, closing any other one first. */
export function openContextMenu({ anchor, x, y, label, items }) {
  current?.close({ restoreFocus: false });
  if (items.filter((item) => item && !item.separator).length === 0) return;
  const menu = openMenu({
    anchor, container: document.body, id: 'context-menu', label, items, at: { x, y },
    onClose: () => { if (current === menu) current = null; },
  });
  current = menu;
}

/**
 * Gives `root` a context menu; with `selector`, each descendant matching it gets its own (one set of
 * listeners for a whole list). `label(target)` and `items(target)` are asked each time, so that the menu
 * offers what is allowed now. Returns a function that removes the listeners.
 */
export function attachContextMenu(root, { selector, label, items }) {
  let timer = null;
  let start = null;
  let pressedAt = 0;

  const targetOf = (event) => (selector ? event.target.closest?.(selector) : root);
  const open = (target, x, y) => {
    openContextMenu({ anchor: target, x, y, label: typeof label === 'function' ? label(target) : label, items: items(target) });
  };
  const onContextMenu = (event) => {
    const target = targetOf(event);
    if (!target || !root.contains(target)) return;
    event.preventDefault();
    // Touch browsers send contextmenu on a long press too: the timer has opened the menu already.
    if (Date.now() - pressedAt < 1000) return;
    const rect = target.getBoundingClientRect();
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    const inside = event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
    if (fromKeyboard || !inside) open(target, rect.left + 12, rect.bottom - 4);
    else open(target, event.clientX, event.clientY);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  const onPointerDown = (event) => {
    const target = targetOf(event);
    if (event.pointerType === 'mouse' || !target) return;
    start = { x: event.clientX, y: event.clientY };
    cancel();
    timer = setTimeout(() => {
      pressedAt = Date.now();
      open(target, start.x, start.y);
    }, LONG_PRESS_MS);
  };
  const onPointerMove = (event) => {
    if (timer && start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > MOVE_TOLERANCE_PX) cancel();
  };
  // The click that ends a long press must not also activate the element.
  const onClick = (event) => {
    if (Date.now() - pressedAt < 1000) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  root.addEventListener('contextmenu', onContextMenu);
  root.addEventListener('pointerdown', onPointerDown);
  root.addEventListener('pointermove', onPointerMove);
  root.addEventListener('pointerup', cancel);
  root.addEventListener('pointercancel', cancel);
  root.addEventListener('click', onClick, true);
  return () => {
    cancel();
    root.removeEventListener('contextmenu', onContextMenu);
    root.removeEventListener('pointerdown', onPointerDown);
    root.removeEventListener('pointermove', onPointerMove);
    root.removeEventListener('pointerup', cancel);
    root.removeEventListener('pointercancel', cancel);
    root.removeEventListener('click', onClick, true);
  };
}

/** Closes the open context menu, if any (when the view under it goes away). */
export function closeContextMenu() {
  current?.close({ restoreFocus: false });
}
