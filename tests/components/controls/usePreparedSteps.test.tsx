import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreparedSteps } from '../../../src/components/controls/usePreparedSteps';
import { compileModel, type CompiledModel } from '../../../src/model/engine';
import { loadDefaultDataset } from '../../model/fixtures';

// Each call "writes" one slice; three slices make a model ready.
const calls: unknown[] = [];
const released: unknown[] = [];
vi.mock('../../../src/model/solveStep', () => ({
  prepareSteps: (model: unknown) => {
    calls.push(model);
    return calls.filter((m) => m === model).length < 3;
  },
  releaseSteps: (model: unknown) => void released.push(model),
}));

// Cleared before each test: the last test's hook is unmounted (and releases) after it.
beforeEach(() => {
  calls.splice(0);
  released.splice(0);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('usePreparedSteps', () => {
  it('makes a model ready one slice per idle moment until nothing is left', async () => {
    const model = compileModel(loadDefaultDataset());
    renderHook(() => usePreparedSteps(model));
    await waitFor(() => expect(calls).toHaveLength(3));
    // Nothing left: no further slice.
    await settle();
    expect(calls).toHaveLength(3);
    expect(calls.every((m) => m === model)).toBe(true);
  });

  it('stops, and drops what no step took, when the chart moves on to another model or goes', async () => {
    const year = compileModel(loadDefaultDataset());
    const next = compileModel(loadDefaultDataset(), { year: 2027 });
    const { rerender, unmount } = renderHook(({ model }: { model: CompiledModel }) => usePreparedSteps(model), {
      initialProps: { model: year },
    });
    await waitFor(() => expect(calls).toContain(year));
    rerender({ model: next });
    expect(released).toHaveLength(1);
    expect(released[0]).toBe(year);
    await waitFor(() => expect(calls.filter((m) => m === next)).toHaveLength(3));
    await settle();
    expect(calls.filter((m) => m === year).length).toBeLessThan(3);
    unmount();
    expect(released).toHaveLength(2);
    expect(released[1]).toBe(next);
  });

  it('prepares nothing once the chart has gone before the step code arrived', async () => {
    const { unmount } = renderHook(() => usePreparedSteps(compileModel(loadDefaultDataset())));
    unmount();
    await settle();
    expect(calls).toEqual([]);
    expect(released).toEqual([]);
  });
});
