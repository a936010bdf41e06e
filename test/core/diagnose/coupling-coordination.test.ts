import { describe, expect, it } from 'vitest';
import { coordinationBand, couplingCoordination } from '../../../src/core/diagnose/coupling-coordination.js';

describe('couplingCoordination', () => {
  it('coupling coordination: METHODS H3 (two subsystems, equal α)', () => {
    const r = couplingCoordination(Object.freeze([0.3, 0.6]));
    // METHODS.md H3: C 0.9428, T 0.45, D 0.6514 (初级协调)
    expect(r.c).toBeCloseTo(0.9428, 4);
    expect(r.t).toBeCloseTo(0.45, 12);
    expect(r.d).toBeCloseTo(0.6514, 4);
    expect(r.band).toEqual({ index: 6, zh: '初级协调', en: 'primary coordination' });
    expect([r.c, r.t, r.d].map((v) => +v.toFixed(4))).toEqual([0.9428, 0.45, 0.6514]); // header @example
  });

  it('coupling coordination: METHODS H4 (three subsystems)', () => {
    const r = couplingCoordination([0.2, 0.5, 0.7]);
    // METHODS.md H4: C 0.8831, T 0.4667, D 0.6420
    expect(r.c).toBeCloseTo(0.8831, 4);
    expect(r.t).toBeCloseTo(0.4667, 4);
    expect(r.d).toBeCloseTo(0.642, 4);
  });

  it('coupling coordination: corrected C′ of 王淑佳 et al. 2021, two subsystems by hand', () => {
    // k = 2: C′ = √[(1 − |U1 − U2|) · U_min/U_max] = √(0.7 · 0.5) — formula of 自然资源学报 36(3), worked by hand
    const r = couplingCoordination([0.3, 0.6], { coupling: 'corrected' });
    expect(r.cCorrected).toBeCloseTo(Math.sqrt(0.35), 14);
    expect(r.d).toBeCloseTo(Math.sqrt(Math.sqrt(0.35) * 0.45), 14);
    // k = 3, U = (0.2, 0.5, 0.7): spread 0.3+0.5+0.2 = 1.0 over Σm = 3; balance (0.2/0.7 · 0.5/0.7 · 1)^(1/2)
    const r3 = couplingCoordination([0.2, 0.5, 0.7]);
    expect(r3.cCorrected).toBeCloseTo(Math.sqrt((1 - 1 / 3) * Math.sqrt((0.2 / 0.7) * (0.5 / 0.7))), 14);
  });

  it('coupling coordination: equal subsystems couple perfectly; all zero gives 0, not NaN', () => {
    const r = couplingCoordination([0.4, 0.4, 0.4]);
    expect(r.c).toBeCloseTo(1, 14);
    expect(r.cCorrected).toBeCloseTo(1, 14);
    const z = couplingCoordination([0, 0]);
    expect([z.c, z.cCorrected, z.d]).toEqual([0, 0, 0]);
  });

  it('coupling coordination: rejects U outside [0,1], bad α and k < 2', () => {
    expect(() => couplingCoordination([0.3, 1.2])).toThrow(expect.objectContaining({ code: 'CCD_U_OUT_OF_RANGE', params: { value: 1.2, node: 1 } }));
    expect(() => couplingCoordination([0.3, 0.5], { alpha: [0.5, 0.6] })).toThrow(expect.objectContaining({ code: 'CCD_ALPHA_INVALID' }));
    expect(() => couplingCoordination([0.3, 0.5], { alpha: [1] })).toThrow(expect.objectContaining({ code: 'CCD_ALPHA_INVALID' }));
    expect(() => couplingCoordination([0.3])).toThrow(expect.objectContaining({ code: 'CCD_TOO_FEW_SUBSYSTEMS' }));
  });

  it('coordination band: ten bands, upper bounds inclusive', () => {
    expect(coordinationBand(0).zh).toBe('极度失调');
    expect(coordinationBand(0.1).index).toBe(0);
    expect(coordinationBand(0.3).index).toBe(2);
    expect(coordinationBand(0.55).zh).toBe('勉强协调');
    expect(coordinationBand(0.95).zh).toBe('优质协调');
    expect(coordinationBand(1).index).toBe(9);
  });
});
