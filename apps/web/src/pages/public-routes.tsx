/** The public pages' chunk, loaded the first time one of them is opened (they are not in the first load of the staff pages). */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CriticalAlert, Loading } from '../components/ui.js';
import { t } from '../i18n.js';

type PublicSiteProps = { page: string; params: Record<string, string>; query: URLSearchParams };

export const publicPages = new Set(['publicProvince', 'publicDistrict', 'publicAgreement', 'publicLetter', 'openData']);

let loaded: FunctionComponent<PublicSiteProps> | undefined;

export function PublicPages(props: PublicSiteProps) {
  const [site, setSite] = useState<FunctionComponent<PublicSiteProps> | undefined>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (site) return;
    import('./public-site.js').then(
      (module) => {
        loaded = module.PublicSite;
        setSite(() => module.PublicSite);
      },
      () => setFailed(true),
    );
  }, []);
  if (failed) return <CriticalAlert tone="danger">{t('error.network')}</CriticalAlert>;
  if (!site) return <Loading />;
  const Site = site;
  return <Site {...props} />;
}
