/** localStorage key remembering that the reader turned auto-refresh off. */
export const AUTO_REFRESH_KEY = 'govpages:auto-refresh';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Reloads the page every `data-refresh-minutes` minutes (the seed's 5 by default) unless the reader
 * unticked the footer checkbox; the choice is kept in localStorage. Without JavaScript nothing
 * reloads and the checkbox stays hidden.
 */
export function startAutoRefresh(doc: Document, storage: StorageLike, location: { reload(): void }): void {
  const minutes = Number(doc.documentElement.dataset.refreshMinutes ?? '0');
  const control = doc.getElementById('refresh-control');
  const checkbox = doc.getElementById('auto-refresh') as HTMLInputElement | null;
  if (!(minutes > 0) || !control || !checkbox) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    if (checkbox.checked) timer = setTimeout(() => location.reload(), minutes * 60_000);
  };
  checkbox.checked = readPreference(storage) !== 'off';
  control.hidden = false;
  checkbox.addEventListener('change', () => {
    writePreference(storage, checkbox.checked ? 'on' : 'off');
    schedule();
  });
  schedule();
}

function readPreference(storage: StorageLike): string | null {
  try {
    return storage.getItem(AUTO_REFRESH_KEY);
  } catch {
    return null; // storage blocked (private mode): behave as the default
  }
}

function writePreference(storage: StorageLike, value: string): void {
  try {
    storage.setItem(AUTO_REFRESH_KEY, value);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}
