// The page's first Intl.NumberFormat loads the browser's number data: tens of milliseconds on a
// phone, once per page. This script starts itself again as a worker, which does it while the
// app's code downloads, on another core; the app's first figures then find the data loaded. A
// plain file outside the bundle, so that it starts first (README, Method: Speed).
if (typeof document === 'undefined') {
  new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 }).format(1);
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'JPY',
    notation: 'compact',
  }).format(1);
  close();
} else {
  new Worker(document.currentScript.src);
}
