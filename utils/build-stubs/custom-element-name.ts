// The shadow host names we pass to createShadowRootUi are ASCII ("wbc-tip-dar-identity"). This check
// replaces a CommonJS package whose full-Unicode pattern and module wrapper cost the content script ~0.5 KB gzip.
export default function isPotentialCustomElementName(name: string): boolean {
  return /^[a-z][0-9a-z._]*-[0-9a-z._-]*$/.test(name);
}
