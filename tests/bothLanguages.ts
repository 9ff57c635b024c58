// Tests read both languages without waiting for a page to load one (as the app does, see loadLanguage).
import { registerLanguage } from '../src/i18n/strings';
import { en } from '../src/i18n/en';
import { zhTW } from '../src/i18n/zhTW';

registerLanguage('en', en);
registerLanguage('zh-TW', zhTW);
