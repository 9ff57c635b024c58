import { createStore } from 'zustand/vanilla';
import { compileModel, type CompiledModel } from '../model/engine';
import { defaultValues } from '../model/defaults';
import { defaultYear } from '../model/resolveMoment';
import type { Dataset, Lang, ParamValues, Shocks } from '../model/types';
import type { StressOutcome, StressResult } from '../model/stress';
import { makeConsistent, type SharedPatch } from './makeConsistent';
import { DEFAULT_SHARED, startingShared, type Notice, type SharedState, type View } from './sharedState';
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
  /** Where the dataset shown came from: the link carries the reader's own in its fragment. */
  dataOrigin: DataOrigin;
  /** Width in px the chart is drawn at, or null before it is drawn: an export's default width. */
  chartWidth: number | null;
  /** The stress test's outcome, set by the (lazily loaded) stress panel; the chart draws it while it is for the model and values shown. */
  stressed: StressedView | null;
  /**
   * The stress test the panel runs, for the chart to run on the values it draws (the same run, shared:
   * see StressPanel), so a slider step is drawn stressed at once rather than first without its shocks.
   */
  stressRun: StressRun | null;
  /**
   * What a reload would bring back, as the address holds it (dataSync says): nothing (undefined)
   * until the address follows the view (never in an embed, nor if that code could not load), the
   * view, or the view with the dataset shown (not the reader's own while too large for the address).
   */
  addressKeeps?: 'view' | 'all' | undefined;
}

/** A stress test for given shocks and default costs, on a model and slider values. */
export type StressRun = (model: CompiledModel, values: ParamValues) => StressOutcome;

/** A stress test's outcome and the model and slider values it was run on. */
export interface StressedView {
  model: CompiledModel;
  values: ParamValues;
  outcome: StressResult;
  /** The last cascade round whose defaults the chart marks (the panel's step buttons); all when absent. */
  shown?: number;
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
  setFitToView(on: boolean): void;
  /** Draws a scenario as an outline behind the chart (null: none). */
  setCompare(scenario: string | null): void;
  setLang(lang: Lang): void;
  setYear(year: number): void;
  /** The company the headline follows (null: the dataset's own). */
  setFocus(focus: string | null): void;
  /** Shows a story step (1-based) with what it sets and highlights; null leaves the story and its highlight. */
  goToStep(step: number | null): void;
  /** The stress test's shocks ({} for none). */
  setShocks(shocks: Shocks): void;
  /** Rogers–Veraart default costs (1 = none). */
  setDefaultCosts(costs: { alpha?: number; beta?: number }): void;
  setOffset(nodeKey: string, dy: number): void;
  play(): void;
  pause(): void;
  stepRound(): void;
  setSpeed(speed: number): void;
  setDragging(dragging: boolean): void;
  /** Takes several shared fields at once (from a host page). */
  applyShared(shared: SharedPatch): void;
  dismissNotices(): void;
  /** Shows a new dataset at its defaults, keeping the view and the language. */
  replaceDataset(dataset: Dataset, origin?: DataOrigin): void;
  setLoadReport(report: LoadReport | null): void;
  setChartWidth(width: number): void;
  setStressed(stressed: StressedView | null): void;
  setStressRun(run: StressRun | null): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

/** The site's own dataset, one named by `?data=`, or one the reader loaded, pasted, edited or opened from a link's fragment. */
export type DataOrigin = 'bundled' | 'address' | 'own';

/** Settings that change how the chart looks but not what it shows: a round being played stays. */
const KEEPS_PLAY: ReadonlySet<keyof SharedPatch> = new Set(['lang', 'colorByOrigin', 'isolated', 'showNet', 'highlight']);

/** The model for the moment a shared state shows: its year, and the date its deals stand as of. */
export function modelAt(source: Dataset, shared: Pick<SharedState, 'year' | 'date'>): CompiledModel {
  return compileModel(source, { year: shared.year, date: shared.date ?? source.meta.asOf });
}

function initialState(dataset: Dataset, lang: Lang, shared: SharedPatch, notices: Notice[], dataOrigin: DataOrigin): ExplorerState {
  // Origins are the same in every year and at every date: they follow from the flows, not their amounts.
  const origins = compileModel(dataset).structure.origins;
  const state = makeConsistent(dataset, origins, startingShared(dataset, lang), shared).state;
  return {
    model: modelAt(dataset, state),
    ...state,
    offsets: {},
    playRound: 0,
    playing: false,
    speed: 1,
    dragging: false,
    notices,
    loadReport: null,
    dataOrigin,
    chartWidth: null,
    stressed: null,
    stressRun: null,
  };
}

export interface StoreInit {
  shared?: SharedPatch;
  notices?: Notice[];
  dataOrigin?: DataOrigin;
}

export function createExplorerStore(dataset: Dataset, lang: Lang = 'en', init: StoreInit = {}) {
  return createStore<ExplorerStore>()((set, get) => {
    // Every change to the shared state goes through makeConsistent; the reader's own actions need no notices.
    // The model follows the state's year and date (compiled once per moment, so this is cheap).
    const change = (patch: SharedPatch, source = get().model.source) => {
      const state = makeConsistent(source, get().model.structure.origins, selectShared(get()), patch).state;
      return { ...state, model: modelAt(source, state) };
    };
    // A played round belongs to the chart it was played on: any change to what the chart shows
    // (not merely its language or colouring) stops the animation and goes back to the whole loop.
    const update = (patch: SharedPatch) => {
      const next = change(patch);
      const replays = (Object.keys(patch) as (keyof SharedPatch)[]).some((key) => !KEEPS_PLAY.has(key));
      set(replays ? { ...next, playRound: 0, playing: false } : next);
    };
    return {
      ...initialState(dataset, lang, init.shared ?? {}, init.notices ?? [], init.dataOrigin ?? 'bundled'),
      setValue: (id, value) => update({ values: { [id]: value } }),
      applyScenario: (scenario) => update({ scenario }),
      reset: () => {
        const source = get().model.source;
        const patch = {
          values: defaultValues(source.parameters),
          scenario: null,
          isolated: null,
          date: null,
          year: defaultYear(source.meta),
          shocks: {},
          alpha: 1,
          beta: 1,
        };
        set({ ...change(patch), offsets: {}, playRound: 0, playing: false });
      },
      setView: (view) => update({ view }),
      setRounds: (rounds) => update({ rounds }),
      setColorByOrigin: (colorByOrigin) => update({ colorByOrigin }),
      // Isolating the isolated origin again shows all of them.
      isolate: (origin) => update({ isolated: origin === get().isolated ? null : origin }),
      setShowNet: (showNet) => update({ showNet }),
      setFitToView: (fitToView) => update({ fitToView }),
      setCompare: (compare) => update({ compare }),
      setLang: (lang) => update({ lang }),
      setYear: (year) => update({ year }),
      setFocus: (focus) => update({ focus }),
      goToStep: (step) => update(step === null ? { step, highlight: [] } : { step }),
      setShocks: (shocks) => update({ shocks }),
      setDefaultCosts: (costs) => update(costs),
      setOffset: (nodeKey, dy) => set({ offsets: { ...get().offsets, [nodeKey]: dy } }),
      play: () => set({ playing: true, playRound: get().playRound >= get().rounds || get().playRound === 0 ? 1 : get().playRound }),
      pause: () => set({ playing: false }),
      stepRound: () => {
        const next = get().playRound + 1;
        if (next > get().rounds) set({ playing: false, playRound: get().rounds });
        else set({ playRound: next });
      },
      setDragging: (dragging) => set({ dragging }),
      applyShared: update,
      dismissNotices: () => set({ notices: [] }),
      replaceDataset: (next, dataOrigin = 'own') => {
        const origins = compileModel(next).structure.origins;
        const patch = {
          values: defaultValues(next.parameters),
          scenario: null,
          isolated: null,
          date: null,
          focus: null,
          // The new dataset has scenarios of its own: nothing to compare with yet.
          compare: null,
          year: defaultYear(next.meta),
          // The shocks may name companies the new dataset does not have.
          shocks: {},
        };
        const state = makeConsistent(next, origins, selectShared(get()), patch).state;
        set({
          ...state,
          model: modelAt(next, state),
          offsets: {},
          playRound: 0,
          playing: false,
          notices: [],
          dataOrigin,
        });
      },
      setLoadReport: (loadReport) => set({ loadReport }),
      setStressed: (stressed) => set({ stressed }),
      setStressRun: (stressRun) => set({ stressRun }),
      setChartWidth: (chartWidth) => Number.isFinite(chartWidth) && chartWidth > 0 && set({ chartWidth }),
      setSpeed: (speed) => Number.isFinite(speed) && set({ speed: Math.max(0.25, Math.min(4, speed)) }),
    };
  });
}

export type ExplorerStoreApi = ReturnType<typeof createExplorerStore>;

/** The keys of the state that links share: every default's, and the three with no fixed default. */
const SHARED_KEYS = [...Object.keys(DEFAULT_SHARED), 'values', 'lang', 'year'] as (keyof SharedState)[];

/** The part of the state that links share. */
export function selectShared(state: ExplorerState): SharedState {
  return Object.fromEntries(SHARED_KEYS.map((key) => [key, state[key]])) as unknown as SharedState;
}
