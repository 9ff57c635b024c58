import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/i18n/problemText';
import { validateDataset } from '../../src/model/validate';
import type { DatasetIssue } from '../../src/model/problems';
import type { StoryStep } from '../../src/model/storyTypes';
import { smallLoop } from './fixtures';

function errorsOf(story: unknown): DatasetIssue[] {
  const result = validateDataset({ ...smallLoop(), story });
  return result.ok ? [] : result.errors;
}

const step = (extra: Partial<StoryStep> = {}): StoryStep => ({ id: 'one', title: { en: 'One' }, text: { en: 'Text' }, ...extra });

describe('story validation', () => {
  it('accepts a story whose every id and value the dataset has', () => {
    const story = [
      step({
        state: { values: { invest: 150, compute: 0.5 }, view: 'rounds', focus: 'chip' },
        highlight: { entities: ['chip'], flows: ['cloud-chip'] },
        annotations: [
          { entity: 'chip', text: { en: 'here', 'zh-TW': '這裡' } },
          { flow: 'cloud-chip', text: { en: 'there' } },
        ],
      }),
    ];
    expect(errorsOf(story)).toEqual([]);
  });

  it('locates unknown scenarios, entities, flows and sliders, and values a slider cannot show', () => {
    const story = [
      step(),
      step({
        id: 'one',
        state: { scenario: 'nope', values: { ghost: 1, invest: 500, compute: 0.3333 } },
        highlight: { entities: ['chipp'], flows: ['nowhere'] },
        annotations: [{ flow: 'cloud-chipp', text: { en: 'x' } }],
      }),
    ];
    const errors = errorsOf(story);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['story[1].id', 'duplicate-id'],
      ['story[1].state.scenario', 'unknown-id'],
      ['story[1].state.values.ghost', 'unknown-id'],
      ['story[1].state.values.invest', 'outside-scenario-range'],
      ['story[1].state.values.compute', 'off-slider-step'],
      ['story[1].highlight.entities[0]', 'unknown-id'],
      ['story[1].highlight.flows[0]', 'unknown-id'],
      ['story[1].annotations[0].flow', 'unknown-id'],
    ]);
    expect(errors[5]).toMatchObject({ params: { kind: 'entity', id: 'chipp', suggestion: 'chip' } });
    // Worded in both languages.
    const offStep = errors[4]!;
    expect(problemText(offStep, 'en')).toContain("slider 'compute'");
    expect(problemText(offStep, 'zh-TW')).toContain('滑桿「compute」');
  });

  it('refuses an annotation that points at both an entity and a flow, or at neither', () => {
    const story = [
      step({ annotations: [{ entity: 'chip', flow: 'cloud-chip', text: { en: 'x' } } as never, { text: { en: 'y' } } as never] }),
    ];
    expect(errorsOf(story).map((e) => [e.path, e.code])).toEqual([
      ['story[0].annotations[0]', 'entity-or-flow'],
      ['story[0].annotations[1]', 'entity-or-flow'],
    ]);
  });

  it('refuses a view it does not know and a year the dataset does not cover', () => {
    expect(errorsOf([step({ state: { view: 'sideways' as never } })]).map((e) => e.code)).toEqual(['not-one-of']);
    expect(errorsOf([step({ state: { year: 2031 } })]).map((e) => [e.path, e.code])).toEqual([['story[0].state.year', 'year-not-covered']]);
  });
});
