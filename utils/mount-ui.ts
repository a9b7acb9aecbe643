import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_CSS } from '@/components/styles';
import type { MountOptions } from './feature-runner';

/** Mounts UI in an open shadow root next to an anchor, and removes it when the run ends. */
export function createMount(ctx: ContentScriptContext, signal: AbortSignal) {
  return async ({ name, anchor, append = 'after', render: view }: MountOptions): Promise<void> => {
    if (signal.aborted) return;
    const ui = await createShadowRootUi(ctx, {
      name,
      css: UI_CSS,
      mode: 'open',
      position: 'inline',
      anchor,
      append,
      onMount: (container) => container.append(view()),
    });
    if (signal.aborted) return;
    ui.mount();
    ui.shadowHost.setAttribute('data-wbc', name);
    signal.addEventListener('abort', () => ui.remove(), { once: true });
  };
}
