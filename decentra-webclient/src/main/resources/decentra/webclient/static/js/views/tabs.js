// Keyboard movement in a vertical tab list (the settings dialogs).

/** Moves focus and selection between the visible tabs of `tabButtons` (a Map) with arrows, Home and End. */
export function moveBetweenTabs(event, tabButtons) {
  const visible = [...tabButtons.values()].filter((button) => !button.hidden);
  const index = visible.indexOf(document.activeElement);
  const targets = {
    ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: visible.length - 1,
  };
  if (index < 0 || !(event.key in targets)) return;
  event.preventDefault();
  const target = visible[(targets[event.key] + visible.length) % visible.length];
  target.focus();
  target.click();
}
