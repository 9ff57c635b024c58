import { useFirstScreen, type FirstScreenName } from './useFirstScreen';

/** One of the parts round the chart once its code is there; a failure to load it is thrown to the part boundary. */
export function LoadedFirstScreenPart({ name }: { name: FirstScreenName }) {
  const { module, failure } = useFirstScreen();
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  if (!module) return null;
  const Part = module[name];
  return <Part />;
}
