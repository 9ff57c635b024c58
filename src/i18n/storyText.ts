import type { Lang } from '../model/types';
import { fillPlaceholders } from './strings';

// Text only the story panel needs: it loads with the panel, not with the page.
const en = {
  'story.label': 'Walk-through',
  'story.stepOf': 'Step {step} of {count}',
  'story.previous': 'Previous',
  'story.next': 'Next',
  'story.close': 'Close the walk-through',
  'story.steps': 'Steps',
  'story.goTo': 'Step {step}: {title}',
  'story.keys': 'Left and right arrow keys move between steps.',
  'story.changed': 'You have changed what this step shows.',
  'story.again': 'Show this step again',
  'story.sources': 'Sources:',
  'story.about': 'About this data',
} as const;

export type StoryKey = keyof typeof en;

const zhTW: Record<StoryKey, string> = {
  'story.label': '逐步導覽',
  'story.stepOf': '第 {step} 步，共 {count} 步',
  'story.previous': '上一步',
  'story.next': '下一步',
  'story.close': '結束導覽',
  'story.steps': '步驟',
  'story.goTo': '第 {step} 步：{title}',
  'story.keys': '用左右方向鍵切換步驟。',
  'story.changed': '你已更改這一步呈現的內容。',
  'story.again': '重新顯示這一步',
  'story.sources': '資料來源：',
  'story.about': '關於這份資料',
};

const STORY_STRINGS: Record<Lang, Record<StoryKey, string>> = { en, 'zh-TW': zhTW };

/** A string of the story panel, with {placeholders} filled in. */
export function storyText(lang: Lang, key: StoryKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(STORY_STRINGS[lang][key], params);
}
