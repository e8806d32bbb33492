/**
 * Every page of the web application opens from its own address: a reload, a bookmark or a link
 * in a letter asks the API for the path with Accept: text/html, and the API must answer it with
 * the application, not with its JSON or a 404.
 */
import { webRoutes } from '../../../../test/support/web-routes.js';
import { isPagePath } from './web-app.js';

describe('the page paths the API answers with the web application', () => {
  const routes = webRoutes();

  it('reads the router’s routes, each with an example path', () => {
    expect(routes.map((route) => route.page)).toEqual(
      expect.arrayContaining(['home', 'item', 'operatingPlan', 'auditStream', 'schoolCalls']),
    );
  });

  it.each(routes.map((route) => [route.page, route.example]))('serves the %s page at %s', (_page, example) => {
    expect({ path: example, page: isPagePath(example) }).toEqual({ path: example, page: true });
  });

  it('leaves the API’s own paths and unknown paths to the API', () => {
    for (const path of ['/health', '/metrics', '/docs', '/agenda-items', '/projects/a/b', '/operating-plans/osan/27', '/audit/people/x'])
      expect({ path, page: isPagePath(path) }).toEqual({ path, page: false });
  });
});
