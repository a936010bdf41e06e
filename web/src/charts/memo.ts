/**
 * Memoised components for the live paths (a weight slider re-renders the app three times per move: the new
 * spec, the new view, the timing line): a wrapped component renders again only when one of its data props
 * changed (shallow ===). Function props (onSelect, onPreview …), which the app creates anew on every render,
 * do not count: the component gets stable wrappers that call the latest one, so a skipped render never
 * leaves it holding a stale callback.
 */
import { Component, createElement, type ComponentType, type FunctionComponent } from 'preact';

type Props = Record<string, unknown>;

export function memo<P extends object>(view: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    static override displayName = `Memo(${view.displayName ?? view.name})`;
    /** The props last received, rendered or not: what the stable callbacks call. */
    private latest: Props = {};
    private callbacks = new Map<string, (...args: unknown[]) => unknown>();

    override shouldComponentUpdate(next: P): boolean {
      const previous = this.props as Props;
      this.latest = next as Props;
      return changed(previous, next as Props);
    }

    render(props: P) {
      this.latest = props as Props;
      const stable: Props = {};
      for (const [key, value] of Object.entries(props as Props)) stable[key] = typeof value === 'function' ? this.callback(key) : value;
      return createElement(view as FunctionComponent<Props>, stable);
    }

    private callback(key: string): (...args: unknown[]) => unknown {
      let call = this.callbacks.get(key);
      if (!call) this.callbacks.set(key, (call = (...args) => (this.latest[key] as (...a: unknown[]) => unknown)(...args)));
      return call;
    }
  }
  return Memo as unknown as ComponentType<P>;
}

/** A data prop differs, or a prop (a function included) appeared or went away. */
function changed(a: Props, b: Props): boolean {
  for (const key in a) {
    if (!(key in b)) return true;
    if (a[key] !== b[key] && !(typeof a[key] === 'function' && typeof b[key] === 'function')) return true;
  }
  for (const key in b) if (!(key in a)) return true;
  return false;
}
