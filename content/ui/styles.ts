// Shadow-root styles, inlined (and minified by the build) so mounting never fetches anything.
import css from './tips.css?inline';

export const UI_CSS: string = css;
