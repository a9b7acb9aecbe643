import { render } from 'preact';
import { CoursePreview } from './CoursePreview';

render(<CoursePreview />, document.getElementById('app')!);
