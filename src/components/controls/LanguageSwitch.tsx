import { useState } from 'react';
import { loadLanguage, translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { LoadFailed } from '../shared/LoadFailed';

/** Switches the interface to the other language, fetching its words first (a reader downloads only the language they read). */
export function LanguageSwitch() {
  const lang = useExplorer((s) => s.lang);
  const setLang = useExplorer((s) => s.setLang);
  const [failed, setFailed] = useState(false);
  const other = lang === 'en' ? 'zh-TW' : 'en';
  const switchLanguage = () =>
    loadLanguage(other).then(
      () => {
        setFailed(false);
        setLang(other);
      },
      () => setFailed(true),
    );
  return (
    <>
      <button
        type="button"
        className="lang-switch"
        lang={other}
        title={translate(lang, 'lang.switchLabel')}
        onClick={() => void switchLanguage()}
      >
        {translate(lang, 'lang.switch')}
      </button>
      {failed && (
        <span role="alert" className="lang-switch__failed">
          <LoadFailed text="lang.failed" />
        </span>
      )}
    </>
  );
}
