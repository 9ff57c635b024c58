import { useFirstScreen, type FirstScreenName } from './useFirstScreen';
import { throwIfFailed } from '../shared/lazyPart';

/** One of the parts round the chart once its code is there; a failure to load it is thrown to the part boundary. */
export function LoadedFirstScreenPart({ name }: { name: FirstScreenName }) {
  const { module, failure } = useFirstScreen();
  throwIfFailed(failure);
  if (!module) return null;
  const Part = module[name];
  return <Part />;
}
