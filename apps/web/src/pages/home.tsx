import { Breadcrumb } from '../app.js';
import { Link, PageTitle } from '../components/ui.js';
import { t } from '../i18n.js';
import type { Actor } from '../session.js';

export function Home({ actor }: { actor: Actor | null }) {
  return (
    <>
      <Breadcrumb trail={[]} />
      <PageTitle sub={t('home.lead')}>{t('home.title')}</PageTitle>
      <p>
        <Link href={actor ? '/work' : '/sign-in'} class="krds-btn large primary">
          {t('home.start')}
        </Link>{' '}
        <Link href="/districts" class="krds-btn large secondary">
          {t('home.public')}
        </Link>
      </p>
    </>
  );
}
