import { createStore } from 'zustand/vanilla';
import { compileModel, type CompiledModel } from '../model/engine';
import { defaultValues } from '../model/defaults';
import type { Dataset, Lang } from '../model/types';
import { clampToParameter, DEFAULT_SHARED, MAX_ROUNDS, type Notice, type SharedState, type View } from './sharedState';
import type { DatasetIssue } from '../model/problems';

export interface ExplorerState extends SharedState {
  model: CompiledModel;
  /** Node key → vertical drag offset in pixels. */
  offsets: Record<string, number>;
  /** Round being played (1-based), or 0 when the animation is not running. */
  playRound: number;
  playing: boolean;
  speed: number;
  /** A slider is being dragged: the chart follows it without interpolating. */
  dragging: boolean;
  /** What a link or a host page asked for that was clamped or ignored. */
  notices: Notice[];
  /** The outcome of the last dataset load: its problems, or the warnings it loaded with. */
  loadReport: LoadReport | null;
}

export interface LoadReport {
  /** Where the data came from: a file name, "pasted text" or a URL. */
  origin: string;
  errors: DatasetIssue[];
  warnings: DatasetIssue[];
}

export interface ExplorerActions {
  setValue(id: string, value: number): void;
  applyScenario(id: string): void;
  reset(): void;
  setView(view: View): void;
  setRounds(rounds: number): void;
  setColorByOrigin(on: boolean): void;
  isolate(origin: string | null): void;
  setShowNet(on: boolean): void;
  setLang(lang: Lang): void;
  setOffset(nodeKey: string, dy: number): void;
  play(): void;
  pause(): void;
  stepRound(): void;
  setSpeed(speed: number): void;
  setDragging(dragging: boolean): void;
  /** Takes a whole shared state at once (from a link or a host page). */
  applyShared(shared: Partial<SharedState>): void;
  addNotices(notices: Notice[]): void;
  dismissNotices(): void;
  /** Shows a new dataset at its defaults, keeping the view and the language. */
  replaceDataset(dataset: Dataset): void;
  setLoadReport(report: LoadReport | null): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

function initialState(dataset: Dataset, lang: Lang, shared: Partial<SharedState>, notices: Notice[]): ExplorerState {
  const base: ExplorerState = {
    model: compileModel(dataset),
    values: defaultValues(dataset.parameters),
    ...DEFAULT_SHARED,
    lang,
    offsets: {},
    playRound: 0,
    playing: false,
    speed: 1,
    dragging: false,
    notices,
    loadReport: null,
  };
  return { ...base, ...shared, values: { ...base.values, ...shared.values } };
}

export interface StoreInit {
  shared?: Partial<SharedState>;
  notices?: Notice[];
}

export function createExplorerStore(dataset: Dataset, lang: Lang = 'en', init: StoreInit = {}) {
  return createStore<ExplorerStore>()((set, get) => ({
    ...initialState(dataset, lang, init.shared ?? {}, init.notices ?? []),
    setValue(id, value) {
      const clamped = clampToParameter(get().model.dataset, id, value);
      if (clamped === undefined || clamped === get().values[id]) return;
      set({ values: { ...get().values, [id]: clamped }, scenario: null });
    },
    applyScenario(id) {
      const ds = get().model.dataset;
      const scenario = ds.scenarios.find((s) => s.id === id);
      if (!scenario) return;
      set({ values: { ...defaultValues(ds.parameters), ...scenario.values }, scenario: id });
    },
    reset() {
      const ds = get().model.dataset;
      set({ values: defaultValues(ds.parameters), scenario: null, offsets: {}, isolated: null });
    },
    setView: (view) => set({ view }),
    // Math.min/max pass NaN through, so non-numbers are refused first.
    setRounds: (rounds) => Number.isFinite(rounds) && set({ rounds: Math.max(1, Math.min(MAX_ROUNDS, Math.round(rounds))) }),
    setColorByOrigin: (colorByOrigin) => set({ colorByOrigin, isolated: colorByOrigin ? get().isolated : null }),
    isolate: (origin) => set({ isolated: origin === get().isolated ? null : origin, colorByOrigin: true }),
    setShowNet: (showNet) => set({ showNet }),
    setLang: (lang) => set({ lang }),
    setOffset: (nodeKey, dy) => set({ offsets: { ...get().offsets, [nodeKey]: dy } }),
    play: () => set({ playing: true, playRound: get().playRound >= get().rounds || get().playRound === 0 ? 1 : get().playRound }),
    pause: () => set({ playing: false }),
    stepRound: () => {
      const next = get().playRound + 1;
      if (next > get().rounds) set({ playing: false, playRound: get().rounds });
      else set({ playRound: next });
    },
    setDragging: (dragging) => set({ dragging }),
    applyShared: (shared) => set({ ...shared, values: { ...get().values, ...shared.values } }),
    addNotices: (notices) => notices.length > 0 && set({ notices: [...get().notices, ...notices].slice(-20) }),
    dismissNotices: () => set({ notices: [] }),
    replaceDataset: (next) =>
      set({
        model: compileModel(next),
        values: defaultValues(next.parameters),
        scenario: null,
        isolated: null,
        offsets: {},
        playRound: 0,
        playing: false,
        notices: [],
      }),
    setLoadReport: (loadReport) => set({ loadReport }),
    setSpeed: (speed) => Number.isFinite(speed) && set({ speed: Math.max(0.25, Math.min(4, speed)) }),
  }));
}

export type ExplorerStoreApi = ReturnType<typeof createExplorerStore>;

/** The part of the state that links share. */
export function selectShared(state: ExplorerState): SharedState {
  const { values, scenario, view, rounds, colorByOrigin, isolated, showNet, lang } = state;
  return { values, scenario, view, rounds, colorByOrigin, isolated, showNet, lang };
}
