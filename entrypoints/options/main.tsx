import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { t, uiLanguage } from '@/domain/i18n/t';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<OptionsPage />, document.getElementById('app')!);
