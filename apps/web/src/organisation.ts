/**
 * How the installation organises the districts (GET /public/organisation): each district's own
 * names for its bodies and its civic councils. Loaded once, on the first page that names a body
 * for a district; until it has come, and in English, the plan's names are shown.
 */
import { api, unwrap, type Schemas } from './api/client.js';
import { bodyName, lang } from './i18n.js';
import { signal, useSignal } from './signal.js';

type Organisation = Schemas['PublicOrganisation'];

const organisation = signal<Organisation | null>(null);
let loading = false;

/** Re-renders the component once the organisation has come. */
export function useOrganisation(): void {
  useSignal(organisation);
  if (organisation.get() !== null || loading) return;
  loading = true;
  unwrap(api.GET('/public/organisation')).then(
    (answer) => organisation.set(answer),
    () => {
      // The plan's names stay; the next page that needs them asks again.
      loading = false;
    },
  );
}

/** What a district calls one of its bodies (in Korean); the plan's name otherwise. */
export function districtBodyName(district: string | null | undefined, body: string | null | undefined): string {
  const local = organisation
    .get()
    ?.districts.find((entry) => entry.district === district)
    ?.bodies.find((entry) => entry.code === body);
  return lang.get() === 'ko' && local ? local.name : bodyName(body);
}

/** The name of a district's civic council by its code (null: the district's default council). */
export function civicCouncilName(district: string | null | undefined, council: string | null | undefined): string | null {
  const councils = organisation.get()?.districts.find((entry) => entry.district === district)?.civicCouncils ?? [];
  if (councils.length < 2) return null;
  return (council ? councils.find((entry) => entry.code === council) : councils[0])?.name ?? council ?? null;
}

/**
 * What the pages of a body's roster and meetings call it: a civic council of a district with
 * several by its own name, else the district's (local) name of the body.
 */
export function councilOrBodyName(
  district: string | null | undefined,
  body: string | null | undefined,
  council: string | null | undefined,
): string {
  const named = body === 'civic-council' && lang.get() === 'ko' ? civicCouncilName(district, council) : null;
  return named ?? districtBodyName(district, body);
}
