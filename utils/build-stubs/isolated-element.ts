// WXT's createShadowRootUi builds its shadow host with @webext-core/isolated-element. Our hosts always have
// `wbc-…` names and inline CSS, so this equivalent leaves out the host-name check and CSS fetched by URL:
// about 0.3 KB of the content script's gzip budget. Same options, same result.
interface IsolatedElementOptions {
  name: string;
  mode?: ShadowRootMode;
  css?: { textContent: string } | { url: string };
  isolateEvents?: boolean | string[];
}

export async function createIsolatedElement({ name, mode = 'closed', css, isolateEvents = false }: IsolatedElementOptions) {
  if (css && 'url' in css) throw new Error('content scripts pass their CSS inline');
  const parentElement = document.createElement(name);
  const shadow = parentElement.attachShadow({ mode });
  const isolatedElement = document.createElement('div');
  if (css) shadow.append(Object.assign(document.createElement('style'), { textContent: css.textContent }));
  shadow.append(isolatedElement);
  const stopped = isolateEvents === true ? ['keydown', 'keyup', 'keypress'] : isolateEvents || [];
  for (const type of stopped) shadow.addEventListener(type, (event) => event.stopPropagation());
  return { parentElement, shadow, isolatedElement };
}
