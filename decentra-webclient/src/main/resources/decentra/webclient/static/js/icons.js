// Built-in line icons (24×24, drawn with currentColor), so no icon font or external file is needed.
import { s } from './dom.js';

const GEAR = 'M19.5 13.1L21.7 14.5L20.6 17.1L18.1 16.5A7.6 7.6 0 0 1 16.5 18.1L17.1 20.6L14.5 21.7L13.1 19.5'
  + 'A7.6 7.6 0 0 1 10.9 19.5L9.5 21.7L6.9 20.6L7.5 18.1A7.6 7.6 0 0 1 5.9 16.5L3.4 17.1L2.3 14.5L4.5 13.1'
  + 'A7.6 7.6 0 0 1 4.5 10.9L2.3 9.5L3.4 6.9L5.9 7.5A7.6 7.6 0 0 1 7.5 5.9L6.9 3.4L9.5 2.3L10.9 4.5'
  + 'A7.6 7.6 0 0 1 13.1 4.5L14.5 2.3L17.1 3.4L16.5 5.9A7.6 7.6 0 0 1 18.1 7.5L20.6 6.9L21.7 9.5L19.5 10.9'
  + 'A7.6 7.6 0 0 1 19.5 13.1Z';

const SHAPES = {
  logo: [
    ['path', { d: 'M12 5.5L5.5 17M12 5.5L18.5 17M5.5 17h13M12 5.5v7.5M5.5 17L12 13l6.5 4' }],
    ['circle', { cx: 12, cy: 5.5, r: 2.6, fill: 'currentColor' }],
    ['circle', { cx: 5.5, cy: 17, r: 2.6, fill: 'currentColor' }],
    ['circle', { cx: 18.5, cy: 17, r: 2.6, fill: 'currentColor' }],
    ['circle', { cx: 12, cy: 13, r: 2, fill: 'currentColor' }],
  ],
  gear: [['path', { d: GEAR }], ['circle', { cx: 12, cy: 12, r: 3 }]],
  plus: [['path', { d: 'M12 5v14M5 12h14' }]],
  close: [['path', { d: 'M6 6l12 12M18 6L6 18' }]],
  menu: [['path', { d: 'M4 6h16M4 12h16M4 18h16' }]],
  members: [
    ['circle', { cx: 9, cy: 8, r: 3.5 }],
    ['path', { d: 'M2.5 20v-1a5 5 0 0 1 5-5h3a5 5 0 0 1 5 5v1M16 4.6a3.5 3.5 0 0 1 0 6.8M18.5 14a5 5 0 0 1 3 4.6V20' }],
  ],
  chat: [['path', { d: 'M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9l-5 4v-4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z' }]],
  desktop: [['rect', { x: 2.5, y: 4, width: 19, height: 13, rx: 2 }], ['path', { d: 'M8 21h8M12 17v4' }]],
  phone: [['rect', { x: 6.5, y: 2.5, width: 11, height: 19, rx: 2.5 }], ['path', { d: 'M11 18h2' }]],
  mic: [
    ['rect', { x: 9, y: 3, width: 6, height: 11, rx: 3 }],
    ['path', { d: 'M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21' }],
  ],
  user: [['circle', { cx: 12, cy: 8, r: 4 }], ['path', { d: 'M4 21v-1a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v1' }]],
  key: [['circle', { cx: 8, cy: 15, r: 4 }], ['path', { d: 'M10.8 12.2L20 3M16.5 6.5l2.5 2.5M14 9l2 2' }]],
  link: [['path', { d: 'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1' }]],
  hash: [['path', { d: 'M5 9h15M4 15h15M10 3L8 21M16 3l-2 18' }]],
  speaker: [['path', { d: 'M4 9.5h3.5L12 5v14l-4.5-4.5H4zM15.5 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11' }]],
  chevron: [['path', { d: 'M6 9l6 6 6-6' }]],
  trash: [['path', { d: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3' }]],
  shield: [['path', { d: 'M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6z' }]],
  ban: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M5.6 5.6l12.8 12.8' }]],
  list: [['path', { d: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01' }]],
  leave: [['path', { d: 'M9 4H5a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h4M16 16l4-4-4-4M20 12H10' }]],
  copy: [
    ['rect', { x: 8, y: 8, width: 12, height: 12, rx: 2 }],
    ['path', { d: 'M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3' }],
  ],
  pencil: [['path', { d: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4' }]],
  crown: [['path', { d: 'M3 8l4.5 4L12 5l4.5 7L21 8l-2 11H5z' }]],
  compass: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M15.5 8.5l-2 5-5 2 2-5z' }]],
  smile: [
    ['circle', { cx: 12, cy: 12, r: 9 }],
    ['path', { d: 'M8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01' }],
  ],
};

/** An inline SVG icon by name, hidden from assistive technology (its button carries the label). */
export function icon(name, className = 'icon') {
  return s('svg', {
    class: className, viewBox: '0 0 24 24', width: 24, height: 24, fill: 'none', stroke: 'currentColor',
    'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
    'aria-hidden': 'true', focusable: 'false',
  }, SHAPES[name].map(([tag, attrs]) => s(tag, attrs)));
}
