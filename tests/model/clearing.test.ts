import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearNetwork, liabilityNetwork, receive, type ClearingNetwork, type DefaultCosts } from '../../src/model/clearing';

describe('clearNetwork', () => {
  it('clears the three-bank example network of the systemicrisk R package (Gandy and Veraart)', () => {
    // The network is the example of `default()` in the systemicrisk package's documentation
    // (https://www.rdocumentation.org/packages/systemicrisk/versions/0.4.2/topics/default):
    // ea = (1/2, 5/8, 3/4), el = (3/2, 1/2, 1/2), L = matrix(c(0,x,1-x,1-x,0,x,x,1-x,0), nrow=3)
    // with x = 1/2, so every bank owes 1/2 to each other bank. External liabilities are owed to a
    // fourth party outside the system. The clearing vector, by hand (fictitious default):
    // round 1, everyone pays in full: A has 1/2 + 1 < 5/2 and defaults, paying 1/2 + 1/2 + 1/2 = 3/2;
    // round 2, B then has 5/8 + (1/5)(3/2) + 1/2 = 1.425 < 3/2 and defaults; solving
    // p_A = 1 + p_B/3, p_B = 9/8 + p_A/5 gives p_A = 165/112, p_B = 159/112; C has
    // 3/4 + p_A/5 + p_B/3 = 1.5179 ≥ 3/2 and pays in full.
    const half = 0.5;
    const obligations = [
      { from: 0, to: 1, amount: half },
      { from: 0, to: 2, amount: half },
      { from: 1, to: 0, amount: half },
      { from: 1, to: 2, amount: half },
      { from: 2, to: 0, amount: half },
      { from: 2, to: 1, amount: half },
      { from: 0, to: 3, amount: 3 / 2 },
      { from: 1, to: 3, amount: 1 / 2 },
      { from: 2, to: 3, amount: 1 / 2 },
    ];
    const result = clearNetwork(liabilityNetwork(4, obligations, [1 / 2, 5 / 8, 3 / 4, 0]));
    expect(result.paid[0]).toBeCloseTo(165 / 112, 12);
    expect(result.paid[1]).toBeCloseTo(159 / 112, 12);
    expect(result.paid[2]).toBe(3 / 2);
    expect([...result.round]).toEqual([1, 2, 0, 0]);
    expect(result.rounds).toBe(2);
  });

  /** An R liabilities matrix (row i: what bank i owes each bank) with external assets and liabilities; the outside world is entity n. */
  function rNetwork(L: number[][], ea: number[], el: number[]): ClearingNetwork {
    const n = L.length;
    const obligations = L.flatMap((row, i) => row.map((amount, j) => ({ from: i, to: j, amount })));
    el.forEach((amount, i) => obligations.push({ from: i, to: n, amount }));
    return liabilityNetwork(n + 1, obligations, [...ea, 0]);
  }

  it('finds the defaults printed in the systemicrisk package vignette for each liabilities matrix it prints', () => {
    // Gandy, A. and Veraart, L. A. M., R package systemicrisk, vignette "Introduction" ("a toy example
    // for the use of the package systemicrisk"), section on the default of banks, as built on CRAN:
    // https://cran.r-project.org/web/packages/systemicrisk/vignettes/Introduction.html (read at the
    // mirrors cran.icts.res.in, seed 123910, and cran.stat.auckland.ac.nz, an earlier build without a
    // seed). It prints liabilities matrices sampled for l = (1, 2.5, 3), a = (0.7, 2.7, 3.1), takes
    // ea = el = (1, 1, 1), and prints `default(L, ea = ea, el = el)$defaultind` (Eisenberg–Noe
    // clearing, no default costs) as "1 0 1" for every one: banks 1 and 3 default, bank 2 pays.
    const printed = [
      [
        [0, 0, 1.0],
        [0.4, 0, 2.1],
        [0.3, 2.7, 0],
      ],
      [
        [0, 0.09298631, 0.9070137],
        [0.3070137, 0, 2.1929863],
        [0.3929863, 2.60701369, 0],
      ],
      [
        [0, 0.2436671, 0.7563329],
        [0.1563329, 0, 2.3436671],
        [0.5436671, 2.4563329, 0],
      ],
    ];
    const ones = [1, 1, 1];
    for (const L of printed) {
      const result = clearNetwork(rNetwork(L, ones, ones));
      expect([...result.round.slice(0, 3)].map((r) => (r > 0 ? 1 : 0))).toEqual([1, 0, 1]);
    }
    // The vignette prints only who defaults; the cascade and the clearing vector for its first
    // matrix, by hand: bank 1 has 1 + 0.4 + 0.3 = 1.7 < 2 and defaults in round 1; paying 1.7, half
    // of it to bank 3, it leaves bank 3 with 1 + 0.85 + 2.1 = 3.95 < 4: round 2. Then
    // p1 = 1.4 + 0.3·p3/4 and p3 = 3.1 + p1/2 give p1 = 653/385, p3 = 304/77; bank 2 has
    // 1 + 2.7·p3/4 ≈ 3.665 ≥ 3.5 and pays its 3.5.
    const first = clearNetwork(rNetwork(printed[0]!, ones, ones));
    expect([...first.round]).toEqual([1, 0, 2, 0]);
    expect(first.paid[0]).toBeCloseTo(653 / 385, 12);
    expect(first.paid[1]).toBe(3.5);
    expect(first.paid[2]).toBeCloseTo(304 / 77, 12);
  });

  // Siebenbrunner, C., NetworkValuation, "Routines for the valuation of cross-holdings of financial
  // contracts", the MATLAB companion code to Puig, M. and Siebenbrunner, C. (2018), "Multilayer
  // network valuation with equity conversions", SSRN working paper 3225943:
  // https://github.com/siebenbrunner/NetworkValuation (read at commit 34462a3, 27 April 2019). Each
  // algorithm's folder has an Example.mlx live script saved with its MATLAB output (exported as
  // Example.pdf; the Eisenberg–Noe one also as Example.html at commit 137c17b, with the same output).
  // Its matL, like the R matrices above, has row i = what bank i owes each bank; vecE is each bank's outside
  // ("other") assets; there are no external liabilities. The scripts print, for each bank, vecE + Πᵀp − p̄ (its
  // equity after clearing) and whether p < p̄ (defaulted), to four decimals; the tests check what is printed.

  it('reproduces the Eisenberg–Noe example printed in the NetworkValuation code (Siebenbrunner)', () => {
    // "Algorithms/Eisenberg and Noe 2001/Example.mlx": vecE = [10;10;10], matL = [0 20 10;5 0 24;10 0 0].
    // "before clearing, only the first node is in default" (equity −5, 1, 34); after clearing it prints
    //     'Equity after clearing'    'Defaulted'
    //     [              -5.4545]    [        1]
    //     [              -2.6364]    [        1]
    //     [                   30]    [        0]
    // "the second node is pushed into default through these losses". A defaulter pays all it has, so
    // its equity is p − p̄: p = (30 − 5.4545, 29 − 2.6364, 10) = (24.5455, 26.3636, 10). The
    // repository's README prints calcPayments(vecE, matL) for this network as 19.5455, 26.3636,
    // 10.0000: the last two as here; the first is the output of the code before its commit 5792ee2
    // "Fix in fixed-point algorithm" (it added the solve to the current payment, 25 − 5.4545, rather
    // than to p̄), and is no fixed point: paying 19.5455 bank 1 would hold 10 + 26.3636·5/29 + 10 = 24.5455.
    const matL = [
      [0, 20, 10],
      [5, 0, 24],
      [10, 0, 0],
    ];
    const vecE = [10, 10, 10];
    const net = rNetwork(matL, vecE, [0, 0, 0]);
    const result = clearNetwork(net);
    const equity = [0, 1, 2].map((i) => vecE[i]! + result.received[i]! - net.due[i]!);
    const printed = [-5.4545, -2.6364, 30];
    equity.forEach((x, i) => expect(x).toBeCloseTo(printed[i]!, 4));
    expect([0, 1, 2].map((i) => (result.paid[i]! < net.due[i]! ? 1 : 0))).toEqual([1, 1, 0]);
    expect(result.paid[0]).toBeCloseTo(24.5455, 4);
    expect(result.paid[1]).toBeCloseTo(26.3636, 4);
    expect(result.paid[2]).toBeCloseTo(10, 4);
    // Only bank 1 defaults with everyone paying in full; bank 2 follows in the next round.
    expect([...result.round.slice(0, 3)]).toEqual([1, 2, 0]);
  });

  it('reproduces the Rogers–Veraart example printed in the NetworkValuation code (Siebenbrunner)', () => {
    // "Algorithms/Rogers and Veraart 2013/Example.mlx": vecE = [10;5;5], matL = [0 30 0;5 0 20;10 0 0].
    // With calcPayments(vecE, matL, 1, 1) (no default costs) it prints equity −5, 5, 15, defaulted 1, 0, 0
    // ("there are no contagious defaults"); with calcPayments(vecE, matL, 0.4, 1) (a defaulter realises
    // 40% of its outside assets, α = 0.4, and all it receives, β = 1) it prints −6, −2, 11 and 1, 1, 0
    // ("another node is pushed into default through contagion losses").
    const matL = [
      [0, 30, 0],
      [5, 0, 20],
      [10, 0, 0],
    ];
    const vecE = [10, 5, 5];
    const net = rNetwork(matL, vecE, [0, 0, 0]);
    for (const [costs, printedEquity, printedDefaulted] of [
      [{ alpha: 1, beta: 1 }, [-5, 5, 15], [1, 0, 0]],
      [{ alpha: 0.4, beta: 1 }, [-6, -2, 11], [1, 1, 0]],
    ] as const) {
      const result = clearNetwork(net, costs);
      [0, 1, 2].forEach((i) => expect(vecE[i]! + result.received[i]! - net.due[i]!).toBeCloseTo(printedEquity[i]!, 4));
      expect([0, 1, 2].map((i) => (result.paid[i]! < net.due[i]! ? 1 : 0))).toEqual(printedDefaulted);
    }
  });

  it("clears Rogers and Veraart's circular network with default costs to their closed form", () => {
    // Rogers, L. C. G. and Veraart, L. A. M. (2013), "Failure and rescue in an interbank network",
    // Management Science 59(4), 882–898, Section 5.1: six banks in a ring, bank i owing bank i+1
    // a + ε if i is even (1-based) and a if odd, with external assets γ(1 + ε) for the even banks
    // and γ(1 − ε) for the odd ones. Where their condition (13) holds every bank fails and the
    // greatest clearing vector is αγ/(1 − β²)·((1 − ε) + β(1 + ε)) for the odd banks and
    // αγ/(1 − β²)·(β(1 − ε) + (1 + ε)) for the even ones; the even banks fail first, the odd
    // ones in the next round. The network and the formulas as transcribed in
    // https://github.com/ninagad/Greatest-Clearing-Vector-Algorithm, test/correctnessTests.py
    // (commit 367c031), with γ = 0.4, ε = 1, a = 2, α = β = 1/2, the setting it says satisfies (13).
    const [gamma, epsilon, a, alpha, beta] = [0.4, 1, 2, 0.5, 0.5];
    const obligations = Array.from({ length: 6 }, (_, i) => ({ from: i, to: (i + 1) % 6, amount: i % 2 === 0 ? a : a + epsilon }));
    const outside = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? gamma * (1 - epsilon) : gamma * (1 + epsilon)));
    const result = clearNetwork(liabilityNetwork(6, obligations, outside), { alpha, beta });
    const scale = (alpha * gamma) / (1 - beta * beta);
    const odd = scale * (1 - epsilon + beta * (1 + epsilon));
    const even = scale * (beta * (1 - epsilon) + (1 + epsilon));
    // Index 0 is their bank 1 (odd).
    result.paid.forEach((p, i) => expect(p).toBeCloseTo(i % 2 === 0 ? odd : even, 12));
    expect([...result.round]).toEqual([2, 1, 2, 1, 2, 1]);
  });

  // Two banks that pass on almost all they receive to each other. A and B each owe the other 1 and
  // an outside creditor C 0.001, and hold 0.0005 and 0.0002: both default, and each unit one pays
  // brings the other w = 1/1.001 of it. Then p_A = e_A + w·p_B and p_B = e_B + w·p_A, so
  // p_A = (e_A + w·e_B) / (1 − w²) and likewise p_B. Each sweep closes only 1 − w² ≈ 0.2% of the gap to it.
  const [eA, eB, w] = [0.0005, 0.0002, 1 / 1.001];
  const twoBanks = (more: { from: number; to: number; amount: number }[] = [], entities = 3) =>
    liabilityNetwork(
      entities,
      [
        { from: 0, to: 1, amount: 1 },
        { from: 1, to: 0, amount: 1 },
        { from: 0, to: 2, amount: 0.001 },
        { from: 1, to: 2, amount: 0.001 },
        ...more,
      ],
      [eA, eB, ...new Array<number>(entities - 2).fill(0)],
    );
  const expectTwoBanksExact = (paid: Float64Array) => {
    expect(paid[0]).toBeCloseTo((eA + w * eB) / (1 - w * w), 12);
    expect(paid[1]).toBeCloseTo((eB + w * eA) / (1 - w * w), 12);
  };

  it('clears two banks that pass on almost all they receive to each other exactly (sweeps too slow there: the exact solve)', () => {
    const result = clearNetwork(twoBanks());
    expectTwoBanksExact(result.paid);
    expect([...result.round]).toEqual([1, 1, 0]);
  });

  it('settles a later round exactly where its first sweep moves far more than the rest still will', () => {
    // The two banks, plus Y, which has nothing and owes X 1, and X, which has nothing and owes A
    // ε = 1e-9 and C the rest of 1. Round 1: A, B and Y default (Y pays 0). Round 2: X receives
    // nothing and pays nothing. Its first sweep drops X by 1 and A by about ε; what A and B then
    // lose by passing each other less is about ε/(1 − w²) ≈ 5e-7, most of it still to come.
    // Exactly: as without X.
    const epsilon = 1e-9;
    const more = [
      { from: 3, to: 4, amount: 1 },
      { from: 4, to: 0, amount: epsilon },
      { from: 4, to: 2, amount: 1 - epsilon },
    ];
    const result = clearNetwork(twoBanks(more, 5));
    expect([...result.round]).toEqual([1, 1, 0, 1, 2]);
    expectTwoBanksExact(result.paid);
  });

  // A owes B 10 and has 4; B owes C 8 and has 1; C owes A 2 and has nothing of its own.
  const chain = liabilityNetwork(
    3,
    [
      { from: 0, to: 1, amount: 10 },
      { from: 1, to: 2, amount: 8 },
      { from: 2, to: 0, amount: 2 },
    ],
    [4, 1, 0],
  );

  it('finds a two-round cascade without default costs (hand-computed)', () => {
    // Round 1: A has 4 + 2 = 6 < 10, pays 6. Round 2: B has 1 + 6 = 7 < 8, pays 7. C has 7 ≥ 2.
    const result = clearNetwork(chain);
    expect([...result.paid]).toEqual([6, 7, 2]);
    expect([...result.shortfall]).toEqual([4, 1, 0]);
    expect([...result.round]).toEqual([1, 2, 0]);
    expect([...result.kept]).toEqual([0, 0, 5]);
  });

  it('finds the cascade with Rogers–Veraart default costs α = β = 1/2 (hand-computed)', () => {
    // Round 1: A defaults (6 < 10) and realises 4/2 + 2/2 = 3. Round 2: B has 1 + 3 = 4 < 8 and
    // realises 1/2 + 3/2 = 2. C receives exactly the 2 it owes: it pays in full.
    const result = clearNetwork(chain, { alpha: 0.5, beta: 0.5 });
    expect([...result.paid]).toEqual([3, 2, 2]);
    expect([...result.round]).toEqual([1, 2, 0]);
    expect([...result.lost]).toEqual([3, 2, 0]);
    expect([...result.kept]).toEqual([0, 0, 0]);
  });

  it('pays everything when everyone can', () => {
    const result = clearNetwork(liabilityNetwork(2, [{ from: 0, to: 1, amount: 5 }], [5, 0]));
    expect([...result.paid]).toEqual([5, 0]);
    expect(result.rounds).toBe(0);
  });

  it('takes the greatest clearing vector where several clear', () => {
    // A and B owe each other 1 and have nothing of their own: p = (t, t) clears for every t in [0, 1].
    const result = clearNetwork(
      liabilityNetwork(
        3,
        [
          { from: 0, to: 1, amount: 1 },
          { from: 1, to: 0, amount: 1 },
        ],
        [0, 0, 0],
      ),
    );
    // The greatest, everyone paying in full, is the one taken.
    expect([...result.paid]).toEqual([1, 1, 0]);
    expect(result.rounds).toBe(0);
  });
});

/** Random liability networks: up to 8 entities (the last one an outside creditor), any obligations, outside assets often 0. */
const network = fc
  .integer({ min: 2, max: 8 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      obligations: fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: n - 1 }),
          to: fc.integer({ min: 0, max: n - 1 }),
          amount: fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 50 })),
        }),
        { maxLength: 24 },
      ),
      outside: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true })), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ n, obligations, outside }) =>
    liabilityNetwork(
      n,
      obligations.filter((o) => o.from !== o.to),
      outside,
    ),
  );

const costs: fc.Arbitrary<DefaultCosts> = fc.oneof(
  fc.constant({ alpha: 1, beta: 1 }),
  fc.record({ alpha: fc.double({ min: 0, max: 1, noNaN: true }), beta: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** The clearing map Φ of Rogers and Veraart: full payment if an entity can pay, else what it realises. */
function clearingMap(net: ClearingNetwork, p: Float64Array, { alpha, beta }: DefaultCosts): Float64Array {
  const received = receive(net, p);
  return net.due.map((due, i) => {
    const assets = net.outside[i]! + received[i]!;
    return assets >= due - 1e-12 * Math.max(1, due) ? due : Math.max(0, alpha * net.outside[i]! + beta * received[i]!);
  });
}

const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe('clearNetwork on random networks', () => {
  it('limited liability and absolute priority: nobody pays more than it has; a defaulter pays all it realises', () => {
    fc.assert(
      fc.property(network, costs, (net, c) => {
        const r = clearNetwork(net, c);
        r.paid.forEach((p, i) => {
          const assets = net.outside[i]! + r.received[i]!;
          expect(p).toBeLessThanOrEqual(assets + tolerance(assets));
          expect(p).toBeLessThanOrEqual(net.due[i]! + tolerance(net.due[i]!));
          if (r.round[i]! > 0)
            expect(Math.abs(p - (c.alpha * net.outside[i]! + c.beta * r.received[i]!))).toBeLessThanOrEqual(tolerance(assets));
          else expect(p).toBe(net.due[i]);
        });
      }),
    );
  });

  it('is a fixed point of the clearing map, and the greatest one', () => {
    fc.assert(
      fc.property(network, costs, (net, c) => {
        const r = clearNetwork(net, c);
        const again = clearingMap(net, r.paid, c);
        again.forEach((x, i) => expect(Math.abs(x - r.paid[i]!)).toBeLessThanOrEqual(tolerance(net.due[i]!)));
        // Every fixed point lies below every iterate of Φ from p̄, so the greatest one does too;
        // without default costs Φ is continuous and the iterates converge to the greatest one.
        let top: Float64Array = Float64Array.from(net.due);
        let above = true;
        let step = Infinity;
        for (let k = 0; k < 200; k++) {
          const next = clearingMap(net, top, c);
          step = Math.max(0, ...next.map((x, i) => Math.abs(x - top[i]!)));
          top = next;
          above &&= r.paid.every((p, i) => p <= top[i]! + tolerance(net.due[i]!));
        }
        expect(above).toBe(true);
        // Where the iterates have settled (a loop that loses little per pass settles too slowly to wait for), they are p.
        if (c.alpha === 1 && c.beta === 1 && step < 1e-13)
          r.paid.forEach((p, i) => expect(Math.abs(p - top[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, net.due[i]!)));
      }),
    );
  });

  it('conserves money: every unit ends paid, kept, lost to default costs or as a shortfall; no NaN; rounds ≤ entities', () => {
    fc.assert(
      fc.property(network, costs, (net, c) => {
        const r = clearNetwork(net, c);
        const n = net.due.length;
        let outsideTotal = 0;
        let keptAndLost = 0;
        for (let i = 0; i < n; i++) {
          const assets = net.outside[i]! + r.received[i]!;
          expect(Math.abs(assets - r.paid[i]! - r.kept[i]! - r.lost[i]!)).toBeLessThanOrEqual(tolerance(assets));
          expect(Math.abs(net.due[i]! - r.paid[i]! - r.shortfall[i]!)).toBeLessThanOrEqual(tolerance(net.due[i]!));
          outsideTotal += net.outside[i]!;
          keptAndLost += r.kept[i]! + r.lost[i]!;
        }
        // Every payment is someone's receipt, so what is kept or lost is the outside money.
        expect(Math.abs(outsideTotal - keptAndLost)).toBeLessThanOrEqual(tolerance(outsideTotal));
        for (const array of [r.paid, r.shortfall, r.received, r.kept, r.lost]) expect(array.every(Number.isFinite)).toBe(true);
        expect(r.rounds).toBeLessThanOrEqual(n);
        expect(Math.max(0, ...r.round)).toBe(r.rounds);
      }),
    );
  });
});
