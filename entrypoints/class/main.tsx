import { render } from 'preact';
import { ClassPage } from '@/components/class/ClassPage';
import { t, uiLanguage } from '@/domain/i18n/t';
import './class.css';

document.documentElement.lang = uiLanguage();
document.title = t('class_title');
render(<ClassPage />, document.getElementById('app')!);
