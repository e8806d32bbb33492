/** The auditors' pages load as their own chunk on first visit: other people never download them. */
import { useEffect, useState } from 'preact/hooks';
import { CriticalAlert, Loading } from '../components/ui.js';
import { t } from '../i18n.js';

type AuditModule = typeof import('./audit.js');

let loaded: Promise<AuditModule> | undefined;

export function AuditRoute({ page, params }: { page: string; params: Record<string, string> }) {
  const [module, setModule] = useState<AuditModule | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loaded ??= import('./audit.js');
    loaded.then(
      (found) => live && setModule(() => found),
      () => {
        loaded = undefined;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <CriticalAlert tone="danger">{t('error.network')}</CriticalAlert>;
  if (!module) return <Loading />;
  return <module.AuditPages page={page} params={params} />;
}
