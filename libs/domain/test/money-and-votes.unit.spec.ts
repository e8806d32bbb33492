import fc from 'fast-check';
import { type Tally, budget, budgetTotal, carries, hasQuorum, validateTally, won } from '@gongron/domain';

// A fixed seed: a property that fails fails again on the next run, with the same counterexample.
fc.configureGlobal({ seed: 20240501 });

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('money', () => {
  test('whole non-negative won up to MAX_SAFE_INTEGER is accepted', () => {
    expect(won(0)).toBe(0);
    expect(won(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  test.each([
    ['a fraction', 0.5],
    ['a negative', -1],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['beyond MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER + 1],
    ['a string', '1000'],
    ['a bigint', 10n],
    ['null', null],
  ])('%s is refused as MONEY.INVALID naming the field', (_label, value) => {
    try {
      won(value, 'data.amount');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'MONEY.INVALID', kind: 'invalid', field: 'data.amount' });
    }
  });

  test('property: every safe non-negative integer is accepted unchanged', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => won(n) === n));
  });

  test('property: every non-integer, negative or unsafe number is refused', () => {
    const bad = fc.oneof(
      fc.double({ noNaN: false }).filter((n) => !Number.isSafeInteger(n) || n < 0),
      fc.integer({ max: -1 }),
      fc.constantFrom(Number.NaN, Number.NEGATIVE_INFINITY, 2 ** 53, 1e300),
    );
    fc.assert(fc.property(bad, (n) => code(() => won(n)) === 'MONEY.INVALID'));
  });

  test('property: a budget total is the exact sum, or refused when it would not be exact', () => {
    const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(amount, amount, (e, l) => {
        const b = { 'education-office': e, 'local-government': l };
        if (BigInt(e) + BigInt(l) > BigInt(Number.MAX_SAFE_INTEGER)) return code(() => budgetTotal(b)) === 'MONEY.INVALID';
        return BigInt(budgetTotal(b)) === BigInt(e) + BigInt(l);
      }),
    );
  });

  test('a budget names both funders and nothing else', () => {
    expect(budget({ 'education-office': 1, 'local-government': 2 })).toEqual({ 'education-office': 1, 'local-government': 2 });
    expect(code(() => budget({ 'education-office': 1 }))).toBe('MONEY.INVALID');
    expect(code(() => budget({ 'education-office': 1, 'local-government': 2, school: 3 }))).toBe('MONEY.UNKNOWN_FUNDER');
    expect(code(() => budget([1, 2]))).toBe('MONEY.INVALID');
  });
});

describe('votes', () => {
  const t = (onRoll: number, present: number, yes: number, against = 0, abstain = 0): Tally => ({
    onRoll,
    present,
    for: yes,
    against,
    abstain,
  });

  test('quorum edges: 10 on roll, 5 present is no quorum, 6 is', () => {
    expect(hasQuorum(t(10, 5, 0))).toBe(false);
    expect(hasQuorum(t(10, 6, 0))).toBe(true);
    expect(hasQuorum(t(9, 5, 0))).toBe(true);
    expect(hasQuorum(t(9, 4, 0))).toBe(false);
  });

  test('carrying edges: 6 present, 3 for fails, 4 carries; nothing carries without a quorum', () => {
    expect(carries(t(10, 6, 3, 3))).toBe(false);
    expect(carries(t(10, 6, 4, 2))).toBe(true);
    expect(carries(t(10, 5, 5))).toBe(false);
  });

  test.each([
    ['present above on roll', t(10, 11, 1), 'tally.present'],
    ['votes above present', t(10, 6, 4, 2, 1), 'tally.for'],
    ['a negative count', t(10, 6, 4, -1), 'tally.against'],
    ['a fraction', t(10, 6, 4, 0.5), 'tally.against'],
    ['nobody on roll', t(0, 0, 0), 'tally.onRoll'],
  ])('%s is refused', (_label, tally, field) => {
    expect(() => validateTally(tally)).toThrow(expect.objectContaining({ kind: 'invalid', field }));
  });

  const validTally = fc
    .integer({ min: 1, max: 500 })
    .chain((onRoll) => fc.tuple(fc.constant(onRoll), fc.integer({ min: 0, max: onRoll })))
    .chain(([onRoll, present]) => fc.tuple(fc.constant(onRoll), fc.constant(present), fc.integer({ min: 0, max: present })))
    .chain(([onRoll, present, yes]) =>
      fc.tuple(fc.constant(onRoll), fc.constant(present), fc.constant(yes), fc.integer({ min: 0, max: present - yes })),
    )
    .chain(([onRoll, present, yes, against]) =>
      fc.integer({ min: 0, max: present - yes - against }).map((abstain) => t(onRoll, present, yes, against, abstain)),
    );

  test('property: every tally that adds up is accepted; quorum and carrying follow the majority rules', () => {
    fc.assert(
      fc.property(validTally, (tally) => {
        validateTally(tally);
        expect(hasQuorum(tally)).toBe(tally.present > tally.onRoll / 2);
        expect(carries(tally)).toBe(tally.present > tally.onRoll / 2 && tally.for > tally.present / 2);
      }),
    );
  });

  test('property: any tally whose counts do not add up is refused', () => {
    const counts = fc.record({
      onRoll: fc.integer({ min: 0, max: 50 }),
      present: fc.integer({ min: 0, max: 60 }),
      for: fc.integer({ min: 0, max: 60 }),
      against: fc.integer({ min: 0, max: 60 }),
      abstain: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(counts, (tally) => {
        const addsUp = tally.onRoll >= 1 && tally.present <= tally.onRoll && tally.for + tally.against + tally.abstain <= tally.present;
        const refused = code(() => validateTally(tally)) !== undefined;
        return refused === !addsUp;
      }),
    );
  });
});
