// The only way views build DOM: text always goes through text nodes, never through HTML parsing.

const PROPERTIES = new Set(['value', 'checked', 'selected', 'indeterminate']);
const FORBIDDEN = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an HTML element with attributes, event listeners and children (strings become text nodes). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  applyAttributes(el, attrs);
  append(el, children);
  return el;
}

/** Creates an SVG element; used for the built-in icons only. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs ?? {})) el.setAttribute(key, String(value));
  append(el, children);
  return el;
}

/** Appends children to a node: nodes as they are, strings and numbers as text, arrays flattened, null/false skipped. */
function append(parent, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.append(child);
    else parent.append(document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of a node. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Returns the focusable descendants of an element, in tab order. */
export function focusables(root) {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), '
    + 'select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll(selector)]
    .filter((el) => !el.closest('[hidden], [inert]') && el.getClientRects().length > 0);
}

function applyAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (FORBIDDEN.has(key)) throw new Error(`h(): "${key}" is not allowed`);
    if (value == null || value === false) continue;
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') applyStyle(el, value);
    else if (key.startsWith('on')) applyListener(el, key, value);
    else if (PROPERTIES.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

function applyStyle(el, value) {
  // A style attribute string would be blocked by the CSP; CSSOM properties are not.
  if (typeof value !== 'object') throw new Error('h(): style must be an object');
  Object.assign(el.style, value);
}

function applyListener(el, key, value) {
  if (typeof value !== 'function') throw new Error(`h(): "${key}" must be a function`);
  el.addEventListener(key.slice(2).toLowerCase(), value);
}
