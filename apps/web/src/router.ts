/** The page path as a signal; links and forms move with the History API, the API serves index.html for reloads. */
import { signal } from './signal.js';

export const path = signal(location.pathname + location.search);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  path.set(location.pathname + location.search);
  window.scrollTo(0, 0);
}

addEventListener('popstate', () => path.set(location.pathname + location.search));

export interface Match {
  readonly page: string;
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
}

const routes: Array<[string, RegExp, string[]]> = [
  ['home', /^\/$/, []],
  ['signIn', /^\/sign-in$/, []],
  ['work', /^\/work$/, []],
  ['agenda', /^\/agenda$/, []],
  ['item', /^\/agenda\/([^/]+)$/, ['id']],
  ['meeting', /^\/meetings$/, []],
  ['meetingSession', /^\/meetings\/([^/]+)$/, ['id']],
  ['roster', /^\/roster$/, []],
  ['projects', /^\/projects$/, []],
  ['project', /^\/projects\/([^/]+)$/, ['id']],
  ['schoolCalls', /^\/projects\/([^/]+)\/school-calls$/, ['id']],
  ['evaluation', /^\/evaluations$/, []],
  ['operatingPlan', /^\/operating-plans\/([a-z]+)\/(\d{4})$/, ['district', 'year']],
  ['agreement', /^\/agreements\/([a-z]+)\/(\d{4})$/, ['district', 'year']],
  ['publicProvince', /^\/districts$/, []],
  ['publicDistrict', /^\/districts\/([a-z]+)$/, ['district']],
  ['publicAgreement', /^\/districts\/([a-z]+)\/agreements\/(\d{4})$/, ['district', 'year']],
  ['publicLetter', /^\/districts\/([a-z]+)\/letter$/, ['district']],
  ['openData', /^\/open-data$/, []],
  ['people', /^\/admin\/people$/, []],
  ['projections', /^\/admin\/projections$/, []],
  ['audit', /^\/audit$/, []],
  ['auditStream', /^\/audit\/(agenda-items|projects|agreements)\/(.+)$/, ['kind', 'id']],
];

export function match(location: string): Match {
  const url = new URL(location, 'http://page');
  for (const [page, pattern, names] of routes) {
    const found = pattern.exec(url.pathname);
    if (found) {
      const params: Record<string, string> = {};
      names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1]!)));
      return { page, params, query: url.searchParams };
    }
  }
  return { page: 'notFound', params: {}, query: url.searchParams };
}
