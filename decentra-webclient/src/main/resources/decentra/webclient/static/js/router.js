// History-API routing: patterns like '/invite/:code' and '/app/*', one mounted view at a time.

/**
 * Creates a router over `routes` ([{path, mount(params) → cleanup?} or {path, redirect}]);
 * unknown paths go to `fallback`.
 * A route stays mounted while the location keeps matching it, so '/app' → '/app/x' does not remount;
 * `onChange(pathname)` runs after every render, so that a mounted view can follow the path inside it.
 */
export function createRouter(routes, { fallback, onChange }) {
  const compiled = routes.map((route) => ({ ...route, match: compile(route.path) }));
  let current = null;
  let cleanup = null;

  const resolve = () => {
    const path = location.pathname;
    for (const route of compiled) {
      const params = route.match(path);
      if (params) return { route, params };
    }
    return null;
  };

  const render = () => {
    const found = resolve();
    if (!found || found.route.redirect) {
      navigate(found ? found.route.redirect : fallback, { replace: true });
      return;
    }
    if (current !== found.route) {
      if (typeof cleanup === 'function') cleanup();
      current = found.route;
      cleanup = found.route.mount(found.params);
    }
    onChange?.(location.pathname);
  };

  /** Goes to `path` (pushing a history entry unless `replace`) and renders its view. */
  const navigate = (path, { replace = false } = {}) => {
    if (path !== location.pathname + location.search) {
      history[replace ? 'replaceState' : 'pushState'](null, '', path);
    }
    render();
  };

  const onClick = (event) => {
    const link = event.target.closest?.('a[data-route]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href'));
  };

  return {
    navigate,

    /** Renders the current location and starts following back/forward and `a[data-route]` clicks. */
    start() {
      window.addEventListener('popstate', render);
      document.addEventListener('click', onClick);
      render();
    },
  };
}

function compile(pattern) {
  const parts = pattern.split('/').filter(Boolean);
  return (path) => {
    const segments = path.split('/').filter(Boolean);
    const params = {};
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === '*') return params;
      if (i >= segments.length) return null;
      if (part.startsWith(':')) {
        try {
          params[part.slice(1)] = decodeURIComponent(segments[i]);
        } catch {
          return null;
        }
      } else if (part !== segments[i]) {
        return null;
      }
    }
    return segments.length === parts.length ? params : null;
  };
}
