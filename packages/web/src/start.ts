import { startFailureText, type Locale } from '@vatra/core';

/**
 * The app's start: the language's catalog first, the first render only once it is there (a
 * render before would show keys, or English). Without a catalog: `failed`, a plain message.
 */
export async function boot(steps: {
  loadLanguage: () => Promise<void>;
  render: () => void;
  failed: () => void;
}): Promise<void> {
  try {
    await steps.loadLanguage();
  } catch {
    steps.failed();
    return;
  }
  steps.render();
}

/**
 * The screen when the language file could not be downloaded: no catalog, so neither Mantine's
 * components nor the catalogs' words; core's few lines for this case, in the language wanted.
 */
export function showStartFailure(root: HTMLElement, locale: Locale): void {
  const text = startFailureText(locale);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'max-width:560px;margin:48px auto;padding:16px;font-family:system-ui,sans-serif';
  const title = document.createElement('h1');
  title.style.fontSize = '1.25rem';
  title.textContent = text.title;
  const paragraph = document.createElement('p');
  paragraph.textContent = text.text;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = text.reload;
  reload.addEventListener('click', () => window.location.reload());
  box.append(title, paragraph, reload);
  root.replaceChildren(box);
}
