import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreparedSteps } from '../../../src/components/controls/usePreparedSteps';
import { compileModel } from '../../../src/model/engine';
import { loadDefaultDataset } from '../../model/fixtures';

// Each call "writes" one slice; three slices make a model ready.
const calls: unknown[] = [];
vi.mock('../../../src/model/solveStep', () => ({
  prepareSteps: (model: unknown) => {
    calls.push(model);
    return calls.length < 3;
  },
}));

afterEach(() => void calls.splice(0));

describe('usePreparedSteps', () => {
  it('makes a model ready one slice per idle moment until nothing is left', async () => {
    const model = compileModel(loadDefaultDataset());
    renderHook(() => usePreparedSteps(model));
    await waitFor(() => expect(calls).toHaveLength(3));
    // Nothing left: no further slice.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual([model, model, model]);
  });

  it('stops when the chart changes model or goes', async () => {
    const model = compileModel(loadDefaultDataset());
    const { unmount } = renderHook(() => usePreparedSteps(model));
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual([]);
  });
});
