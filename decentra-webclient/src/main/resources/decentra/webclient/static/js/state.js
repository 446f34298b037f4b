// A tiny store: one immutable state object, shallow patches, synchronous subscribers.

/** Creates a store holding `initial`; `set` merges a patch and notifies subscribers of changed keys. */
export function createStore(initial) {
  let state = Object.freeze({ ...initial });
  const subscribers = new Set();

  /** Calls `fn(state, previous, changedKeys)` after each change; returns an unsubscribe function. */
  const subscribe = (fn) => {
    subscribers.add(fn);
    return () => subscribers.delete(fn);
  };

  return {
    subscribe,

    /** The current state. */
    get: () => state,

    /** Merges a patch into the state; subscribers run only when some value actually changed. */
    set(patch) {
      const changed = Object.keys(patch).filter((key) => !Object.is(state[key], patch[key]));
      if (changed.length === 0) return;
      const previous = state;
      state = Object.freeze({ ...state, ...patch });
      for (const subscriber of [...subscribers]) subscriber(state, previous, changed);
    },

    /** Like subscribe, but only for changes of the given keys, and called once right away. */
    watch(keys, fn) {
      fn(state);
      return subscribe((next, previous, changed) => {
        if (changed.some((key) => keys.includes(key))) fn(next, previous);
      });
    },
  };
}
