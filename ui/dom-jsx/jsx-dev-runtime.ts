// Development builds and tests compile JSX to jsxDEV: the same DOM-building runtime.
export { jsx as jsxDEV, Fragment } from './jsx-runtime';
export type { JSX } from './jsx-runtime';
