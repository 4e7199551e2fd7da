/**
 * Starts Pagefind's UI on the search page. The bundle sits at the root of each audience
 * folder, so result URLs are already correct for that folder.
 */
interface PagefindUIOptions {
  element: string;
  bundlePath: string;
  baseUrl: string;
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
}
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

function start(): void {
  if (!window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: '#search',
    bundlePath: '/pagefind/',
    baseUrl: '/',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  }) as { triggerSearch?: (term: string) => void };
  const term = new URLSearchParams(location.search).get('q');
  if (term) ui.triggerSearch?.(term);
}

const script = document.createElement('script');
script.src = '/pagefind/pagefind-ui.js';
script.addEventListener('load', start);
document.head.append(script);

export {};
