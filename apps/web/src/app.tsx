/** The page frame (KRDS skip link, masthead, header with main menu and language switcher, breadcrumb, footer) and the routes. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link, Loading, PageTitle } from './components/ui.js';
import { districtName, lang, setLang, t, type MessageKey } from './i18n.js';
import { civicCouncilName, districtBodyName, useOrganisation } from './organisation.js';
import { AgendaList } from './pages/agenda-list.js';
import { AgreementPage } from './pages/agreement.js';
import { EvaluationPage } from './pages/evaluation.js';
import { AuditRoute } from './pages/audit-route.js';
import { Home } from './pages/home.js';
import { ItemPage } from './pages/item.js';
import { MeetingMode } from './pages/meeting.js';
import { MeetingSession } from './pages/meeting-session.js';
import { RosterPage } from './pages/roster.js';
import { PeoplePage, ProjectionsPage } from './pages/admin.js';
import { PublicPages, publicPages } from './pages/public-routes.js';
import { OperatingPlanPage } from './pages/operating-plan.js';
import { ProjectPage, ProjectsPage } from './pages/projects.js';
import { SchoolCallsPage } from './pages/school-calls.js';
import { SignIn } from './pages/sign-in.js';
import { WorkPage } from './pages/work.js';
import { match, navigate, path } from './router.js';
import { session, signOut, type Actor } from './session.js';
import { useSignal } from './signal.js';
import { seoulToday } from './format.js';
import { operatingYearInPreparation } from '../../../libs/domain/src/operating-year.js';

interface MenuItem {
  readonly href: string;
  readonly label: MessageKey;
  readonly page: string;
}

function menuFor(actor: Actor | null | undefined): MenuItem[] {
  if (!actor)
    return [
      { href: '/', label: 'nav.home', page: 'home' },
      { href: '/districts', label: 'nav.districts', page: 'publicProvince' },
      { href: '/open-data', label: 'nav.openData', page: 'openData' },
    ];
  const year = new Date().getFullYear();
  const plan: MenuItem[] = actor.district
    ? [{ href: `/operating-plans/${actor.district}/${operatingYearInPreparation(seoulToday())}`, label: 'nav.plan', page: 'operatingPlan' }]
    : [];
  switch (actor.role) {
    case 'secretary':
      return [
        { href: '/work', label: 'nav.work', page: 'work' },
        { href: '/agenda', label: 'nav.agenda', page: 'agenda' },
        { href: '/meetings', label: 'nav.meeting', page: 'meeting' },
        { href: '/evaluations', label: 'nav.evaluation', page: 'evaluation' },
        ...(actor.body === 'civic-council' ? [] : plan),
      ];
    case 'official':
      return [
        { href: '/work', label: 'nav.work', page: 'work' },
        { href: '/projects', label: 'nav.projects', page: 'projects' },
        { href: `/agreements/${actor.district}/${year}`, label: 'nav.agreement', page: 'agreement' },
        ...plan,
        { href: '/agenda', label: 'nav.agenda', page: 'agenda' },
        { href: '/evaluations', label: 'nav.evaluation', page: 'evaluation' },
      ];
    case 'admin':
      return [
        { href: '/admin/people', label: 'nav.admin.people', page: 'people' },
        { href: '/admin/projections', label: 'nav.admin.projections', page: 'projections' },
        { href: '/audit', label: 'nav.audit', page: 'audit' },
        { href: '/agenda', label: 'nav.agenda', page: 'agenda' },
        { href: '/evaluations', label: 'nav.evaluation', page: 'evaluation' },
      ];
    default:
      return [
        ...(actor.role === 'auditor' ? [{ href: '/audit', label: 'nav.audit', page: 'audit' } as const] : []),
        { href: '/agenda', label: 'nav.agenda', page: 'agenda' },
        { href: '/projects', label: 'nav.projects', page: 'projects' },
        { href: '/evaluations', label: 'nav.evaluation', page: 'evaluation' },
      ];
  }
}

function LanguageSwitcher() {
  const [open, setOpen] = useState(false);
  const current = useSignal(lang);
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('click', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div class={`krds-drop-wrap krds-language${open ? ' active' : ''}`} ref={wrap}>
      <button
        type="button"
        class="krds-btn small text drop-btn"
        aria-expanded={open}
        aria-controls="language-menu"
        onClick={() => setOpen(!open)}
      >
        <i class="svg-icon ico-global" aria-hidden="true"></i>
        {t('lang.switch')}
        <i class="svg-icon ico-toggle" aria-hidden="true"></i>
      </button>
      <div class="drop-menu" id="language-menu" style={open ? { display: 'block' } : undefined}>
        <div class="drop-in">
          <ul class="drop-list">
            {(['ko', 'en'] as const).map((code) => (
              <li key={code}>
                <a
                  href="#"
                  class={`item-link${current === code ? ' active' : ''}`}
                  lang={code}
                  aria-current={current === code ? 'true' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    setLang(code);
                    setOpen(false);
                  }}
                >
                  {t(code === 'ko' ? 'lang.ko' : 'lang.en')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function scopeOf(actor: Actor): string {
  const parts = [t(`role.${actor.role}` as MessageKey)];
  if (actor.district) parts.push(districtName(actor.district));
  const council = actor.body === 'civic-council' ? civicCouncilName(actor.district, actor.council) : null;
  if (actor.body) parts.push(council ?? districtBodyName(actor.district, actor.body));
  if (actor.party) parts.push(t(`party.${actor.party}` as MessageKey));
  return parts.join(' · ');
}

function Header({ actor, page }: { actor: Actor | null | undefined; page: string }) {
  useOrganisation();
  const menu = menuFor(actor);
  return (
    <header id="krds-header">
      <div class="header-in">
        <div class="header-container">
          <div class="inner">
            <div class="header-utility">
              <ul class="utility-list">
                {actor ? (
                  <li class="gongron-who">
                    <span>{actor.name ? `${actor.name} · ${scopeOf(actor)}` : scopeOf(actor)}</span>
                  </li>
                ) : null}
                <li>
                  <LanguageSwitcher />
                </li>
              </ul>
            </div>
            <div class="header-branding">
              <p class="logo gongron-logo">
                <Link href={actor ? menu[0]!.href : '/'}>
                  <span class="gongron-logo-name">{t('site.name')}</span>
                  <span class="gongron-logo-tag">{t('site.tagline')}</span>
                </Link>
              </p>
              <div class="header-actions">
                {actor ? (
                  <button
                    type="button"
                    class="krds-btn small secondary"
                    onClick={() => {
                      void signOut().then(() => navigate('/sign-in'));
                    }}
                  >
                    {t('nav.signOut')}
                  </button>
                ) : (
                  <Link href="/sign-in" class="krds-btn small secondary">
                    {t('nav.signIn')}
                  </Link>
                )}
              </div>
            </div>
          </div>
        </div>
        <nav class="gongron-menu" id="krds-main-menu" aria-label={t('nav.main')}>
          <div class="inner">
            <ul class="gongron-menu-list">
              {menu.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    class={`gongron-menu-link${item.page === page ? ' active' : ''}`}
                    aria-current={item.page === page ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </div>
    </header>
  );
}

export interface Crumb {
  readonly label: string;
  readonly href?: string;
}

export function Breadcrumb({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav class="krds-breadcrumb-wrap" aria-label={t('nav.breadcrumb')}>
      <ol class="breadcrumb">
        <li class="home">
          <Link href="/" class="txt">
            {t('nav.home')}
          </Link>
        </li>
        {trail.map((crumb, index) => (
          <li key={index}>
            {crumb.href ? (
              <Link href={crumb.href} class="txt">
                {crumb.label}
              </Link>
            ) : (
              <span class="txt" aria-current="page">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Footer() {
  return (
    <footer id="krds-footer">
      <div class="inner">
        <div class="f-logo gongron-f-logo">
          <span>{t('site.name')}</span>
        </div>
        <div class="f-cnt">
          <div class="f-info">
            <p class="info-addr">{t('site.footer.address')}</p>
          </div>
        </div>
        <div class="f-btm">
          <div class="f-btm-text">
            <p class="f-copy">{t('site.footer.copy')}</p>
          </div>
          <div class="krds-identifier gongron-identifier">
            <span class="ban-txt">{t('site.identifier')}</span>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** A one-time sign-in link carries its code in the fragment (/sign-in#code=…), which never reaches a server log. */
function linkCode(): string | undefined {
  const code = new URLSearchParams(location.hash.slice(1)).get('code');
  return code ?? undefined;
}

const staffPages = new Set([
  'work',
  'agenda',
  'item',
  'meeting',
  'meetingSession',
  'roster',
  'projects',
  'project',
  'schoolCalls',
  'agreement',
  'evaluation',
  'operatingPlan',
  'people',
  'projections',
  'audit',
  'auditStream',
]);

function Page({
  page,
  params,
  query,
  actor,
}: {
  page: string;
  params: Record<string, string>;
  query: URLSearchParams;
  actor: Actor | null;
}): ComponentChildren {
  if (staffPages.has(page) && !actor) return <SignIn next={path.get()} />;
  if (publicPages.has(page)) return <PublicPages page={page} params={params} query={query} />;
  switch (page) {
    case 'home':
      return <Home actor={actor} />;
    case 'signIn':
      return <SignIn next={query.get('next') ?? undefined} link={linkCode()} />;
    case 'work':
      return <WorkPage actor={actor!} />;
    case 'agenda':
      return <AgendaList actor={actor!} query={query} />;
    case 'item':
      return <ItemPage key={params.id} id={params.id!} actor={actor!} />;
    case 'meeting':
      return <MeetingMode actor={actor!} />;
    case 'meetingSession':
      return <MeetingSession key={params.id} id={params.id!} actor={actor!} />;
    case 'roster':
      return <RosterPage actor={actor!} />;
    case 'projects':
      return <ProjectsPage actor={actor!} />;
    case 'project':
      return <ProjectPage key={params.id} id={params.id!} actor={actor!} />;
    case 'schoolCalls':
      return <SchoolCallsPage key={params.id} id={params.id!} actor={actor!} />;
    case 'operatingPlan':
      return (
        <OperatingPlanPage
          key={`${params.district}-${params.year}`}
          district={params.district!}
          year={Number(params.year)}
          actor={actor!}
        />
      );
    case 'agreement':
      return (
        <AgreementPage key={`${params.district}-${params.year}`} district={params.district!} year={Number(params.year)} actor={actor!} />
      );
    case 'evaluation':
      return <EvaluationPage actor={actor!} query={query} />;
    case 'people':
      return <PeoplePage />;
    case 'projections':
      return <ProjectionsPage />;
    case 'audit':
    case 'auditStream':
      return <AuditRoute page={page} params={params} />;
    default:
      return (
        <>
          <Breadcrumb trail={[{ label: t('notFound.title') }]} />
          <PageTitle sub={t('error.notFound')}>{t('notFound.title')}</PageTitle>
        </>
      );
  }
}

export function App() {
  const location = useSignal(path);
  const actor = useSignal(session);
  useSignal(lang);
  const { page, params, query } = match(location);
  useEffect(() => {
    document.documentElement.lang = lang.get();
  });
  useEffect(() => {
    // Moving to a new page: its heading takes the focus, as a screen reader user expects.
    const heading = document.getElementById('page-title');
    if (heading && document.activeElement === document.body) heading.focus({ preventScroll: true });
  }, [location]);
  return (
    <div id="wrap">
      <div id="krds-skip-link">
        <a href="#main">{t('skip.main')}</a>
      </div>
      <div id="krds-masthead">
        <div class="toggle-wrap">
          <div class="toggle-head">
            <div class="inner">
              <span class="nuri-txt">{t('site.masthead')}</span>
            </div>
          </div>
        </div>
      </div>
      <Header actor={actor} page={page} />
      <main id="main" tabIndex={-1}>
        <div class="inner gongron-container">
          {actor === undefined ? <Loading /> : <Page page={page} params={params} query={query} actor={actor} />}
        </div>
      </main>
      <Footer />
    </div>
  );
}
