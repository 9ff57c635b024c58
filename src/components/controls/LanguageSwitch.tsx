import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';

export function LanguageSwitch() {
  const lang = useExplorer((s) => s.lang);
  const setLang = useExplorer((s) => s.setLang);
  const other = lang === 'en' ? 'zh-TW' : 'en';
  return (
    <button type="button" className="lang-switch" lang={other} title={translate(lang, 'lang.switchLabel')} onClick={() => setLang(other)}>
      {translate(lang, 'lang.switch')}
    </button>
  );
}
