/**
 * The province's organisation as configuration: the regions (every district in exactly one), a
 * district's own names for its bodies, its civic councils; and the rules of several civic
 * councils in one district — a proposal is made in one of them, and at the proposal stage only
 * that council's secretary acts on the item (items recorded without a council are the default one's).
 */
import { readFileSync } from 'node:fs';
import {
  type Actor,
  agendaItemWorkflow,
  civicCouncilCode,
  councilOfRecord,
  civicCouncilRules,
  civicCouncilsOf,
  DEFAULT_CIVIC_COUNCIL,
  defaultOrganisation,
  defaultRegions,
  districtCodes,
  localBodyName,
  type Organisation,
  parseOrganisation,
  regionOf,
} from '../src/index.js';
import { agendaItemCommands as a, meta, secretary } from './support/scenarios.js';

const twoCouncils: Organisation = {
  regions: defaultRegions,
  districts: {
    suwon: {
      bodyNames: { 'civic-council': '수원 마을교육자치회', 'steering-committee': '수원 미래교육 운영위원회' },
      civicCouncils: [
        { code: 'north', name: '북부권 마을교육자치회' },
        { code: 'south', name: '남부권 마을교육자치회' },
      ],
    },
  },
};

const problemsOf = (input: unknown): readonly string[] => {
  const parsed = parseOrganisation(input);
  return 'problems' in parsed ? parsed.problems : [];
};

describe('regions as configuration', () => {
  test('the default puts every one of the 31 districts in exactly one of six regions', () => {
    expect(defaultRegions).toHaveLength(6);
    for (const district of districtCodes) {
      expect({ district, regions: defaultRegions.filter((region) => region.districts.includes(district)).length }).toEqual({
        district,
        regions: 1,
      });
    }
    expect(problemsOf({})).toEqual([]);
    expect(regionOf(defaultOrganisation, 'gapyeong').code).toBe('east');
  });

  test('the documented example is the default regions, with one district of its own names and two councils', () => {
    const example = JSON.parse(readFileSync(new URL('../../../docs/organisation.example.json', import.meta.url), 'utf8')) as unknown;
    const parsed = parseOrganisation(example);
    expect('organisation' in parsed && parsed.organisation.regions).toEqual(defaultRegions);
    expect('organisation' in parsed && civicCouncilsOf(parsed.organisation, 'suwon').map((council) => council.code)).toEqual([
      'north',
      'south',
    ]);
  });

  test('a district in no region, or in two, is refused by name', () => {
    const missing = defaultRegions.map((region) => ({ ...region, districts: region.districts.filter((d) => d !== 'osan') }));
    expect(problemsOf({ regions: missing })).toEqual(['regions: district osan is in no region (every district is in exactly one)']);
    const twice = defaultRegions.map((region, index) => (index === 0 ? { ...region, districts: [...region.districts, 'paju'] } : region));
    expect(problemsOf({ regions: twice })).toEqual([
      'regions: district paju is in 2 regions (south-central, north-west); it belongs in exactly one',
    ]);
  });

  test('unknown districts, repeated codes, missing names and unknown settings are each named', () => {
    const [first, ...rest] = defaultRegions;
    const problems = problemsOf({
      regions: [{ ...first!, districts: [...first!.districts, 'seoul'], name: '' }, { ...rest[0]!, code: first!.code }, ...rest.slice(1)],
      colour: 'blue',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'colour: unknown setting (regions, districts)',
        'regions[0].districts[6]: "seoul" is not one of the 31 district codes',
        'regions[0].name: expected a name of 1 to 200 characters',
        'regions: the code "south-central" is given twice',
      ]),
    );
  });
});

describe("a district's own names for its bodies", () => {
  test('a configured name is used, the plan name otherwise', () => {
    expect(localBodyName(twoCouncils, 'suwon', 'civic-council')).toBe('수원 마을교육자치회');
    expect(localBodyName(twoCouncils, 'suwon', 'working-council')).toBe('미래교육협력지구 지역협의체');
    expect(localBodyName(twoCouncils, 'goyang', 'civic-council')).toBe('민·관·학 지역교육협의체');
  });

  test('a name for a body that does not exist, or an empty one, is refused', () => {
    expect(problemsOf({ districts: { suwon: { bodyNames: { council: 'x', 'working-council': '' } } } })).toEqual([
      'districts.suwon.bodyNames.council: expected one of civic-council, working-council, steering-committee',
      'districts.suwon.bodyNames.working-council: expected a name of 1 to 200 characters',
    ]);
  });
});

describe('several civic councils in one district', () => {
  test('a district that names none has one, under its own name for the civic council', () => {
    expect(civicCouncilsOf(twoCouncils, 'goyang')).toEqual([{ code: DEFAULT_CIVIC_COUNCIL, name: '민·관·학 지역교육협의체' }]);
    expect(civicCouncilCode(twoCouncils, 'suwon', null)).toBe('north');
  });

  test('councils with a repeated code, an empty list or an unknown district are refused', () => {
    expect(
      problemsOf({
        districts: {
          suwon: {
            civicCouncils: [
              { code: 'north', name: '북부' },
              { code: 'north', name: '또 북부' },
            ],
          },
          goyang: { civicCouncils: [] },
          seoul: {},
        },
      }),
    ).toEqual([
      'districts.suwon.civicCouncils[1].code: "north" is given twice',
      'districts.goyang.civicCouncils: expected a list of at least one civic council, each with code and name',
      'districts.seoul: not one of the 31 district codes',
    ]);
  });

  test('given an item before the north council, when the south secretary acts, then it is refused naming both councils', () => {
    const refusal = civicCouncilRules.ownCouncil.refusal(twoCouncils, { district: 'suwon', itemCouncil: 'north', council: 'south' });
    expect(refusal).toMatchObject({
      kind: 'forbidden',
      code: 'CIVIC_COUNCIL.OTHER_COUNCIL',
      details: { itemCouncilName: '북부권 마을교육자치회', councilName: '남부권 마을교육자치회' },
    });
    expect(civicCouncilRules.ownCouncil.holds(twoCouncils, { district: 'suwon', itemCouncil: 'north', council: 'north' })).toBe(true);
  });

  test('an item recorded without a council is the default council’s: its secretary (or one without a council) acts, the other not', () => {
    const facts = { district: 'suwon' as const, itemCouncil: null };
    expect(civicCouncilRules.ownCouncil.holds(twoCouncils, { ...facts, council: 'north' })).toBe(true);
    expect(civicCouncilRules.ownCouncil.holds(twoCouncils, { ...facts, council: undefined })).toBe(true);
    expect(civicCouncilRules.ownCouncil.holds(twoCouncils, { ...facts, council: 'south' })).toBe(false);
    expect(civicCouncilRules.ownCouncil.holds(defaultOrganisation, { district: 'goyang', itemCouncil: null, council: undefined })).toBe(
      true,
    );
  });

  test('a council the district does not have is refused', () => {
    expect(civicCouncilRules.knownCouncil.refusal(twoCouncils, { district: 'suwon', itemCouncil: 'east' })).toMatchObject({
      kind: 'invalid',
      code: 'CIVIC_COUNCIL.UNKNOWN',
      field: 'data.council',
      details: { councils: ['north', 'south'] },
    });
    expect(civicCouncilRules.knownCouncil.holds(twoCouncils, { district: 'goyang', itemCouncil: 'north' })).toBe(false);
  });

  test("a proposal records the proposing secretary's council, and the proposal stage is scoped to it", () => {
    const south: Actor = { ...secretary, council: 'south' };
    const [proposed] = agendaItemWorkflow.decider.decide(
      { ...a.ProposeAgendaItem, metadata: meta(south) },
      agendaItemWorkflow.decider.initialState(),
    );
    expect(proposed).toMatchObject({ type: 'AgendaItemProposed', data: { council: 'south' } });
    const state = agendaItemWorkflow.decider.evolve(agendaItemWorkflow.decider.initialState(), proposed!);
    expect(agendaItemWorkflow.commandScope({ ...a.OpenDeliberation, metadata: meta() }, state)).toEqual({
      kind: 'secretary',
      district: 'suwon',
      body: 'civic-council',
      council: 'south',
    });
  });

  test('a proposal by a secretary without a council records none, as items did before (the default council)', () => {
    const [proposed] = agendaItemWorkflow.decider.decide(a.ProposeAgendaItem, agendaItemWorkflow.decider.initialState());
    expect(proposed!.data).not.toHaveProperty('council');
    const state = agendaItemWorkflow.decider.evolve(agendaItemWorkflow.decider.initialState(), proposed!);
    expect(state.council).toBeNull();
    expect(agendaItemWorkflow.commandScope({ ...a.OpenDeliberation, metadata: meta() }, state)).toMatchObject({ council: null });
  });

  test("a roster's and a meeting's council as their streams record it: none for the default council and the other bodies", () => {
    expect(councilOfRecord(twoCouncils, 'suwon', 'civic-council', 'north')).toBeNull();
    expect(councilOfRecord(twoCouncils, 'suwon', 'civic-council', undefined)).toBeNull();
    expect(councilOfRecord(twoCouncils, 'suwon', 'civic-council', 'south')).toBe('south');
    expect(councilOfRecord(twoCouncils, 'suwon', 'steering-committee', 'south')).toBeNull();
    expect(councilOfRecord(defaultOrganisation, 'goyang', 'civic-council', null)).toBeNull();
  });
});
