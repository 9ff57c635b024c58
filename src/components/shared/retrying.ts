/**
 * An import that can be tried again once it has failed. A browser keeps a module's failure to load:
 * in Chromium the same `import()` rejects again at once, without asking the server, so a part whose
 * code a dropped connection kept away could never come back without a reload. A later try asks for
 * the file that failed (named in the error, as Chromium and Firefox name it) under a new address;
 * where the error names none, the import is simply made again. For one module's import
 * (`() => import('./x')`): the bundler may put the module in a chunk with others, which then holds
 * it as the one module namespace among its exports.
 */
export function retrying<M>(load: () => Promise<M>): () => Promise<M> {
  let failed = '';
  let tries = 0;
  return () =>
    (failed ? import(/* @vite-ignore */ `${failed}?retry=${++tries}`).then((chunk: object) => moduleIn<M>(chunk)) : load()).catch(
      (error: unknown) => {
        failed ||= /https?:\/\/\S+?\.m?js(?![\w.-])/.exec(String(error))?.[0] ?? '';
        throw error;
      },
    );
}

/** The module in a chunk: the one module namespace among its exports, or the chunk itself. */
function moduleIn<M>(chunk: object): M {
  const modules = Object.values(chunk).filter((value) => String(value) === '[object Module]');
  return (modules.length === 1 ? modules[0] : chunk) as M;
}
