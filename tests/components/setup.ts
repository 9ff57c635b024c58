import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadLaterParts } from '../../src/components/app/LaterPart';
import { preloadFootnotes } from '../../src/components/chart/useFootnotes';
import { preloadFirstScreen } from '../../src/components/app/useFirstScreen';

// The page loads these beside the dataset, before its first render; a test renders at once.
beforeAll(() => Promise.all([preloadLaterParts(), preloadFootnotes(), preloadFirstScreen()]));
afterEach(() => cleanup());
