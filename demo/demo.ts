import '../src/index.js';
import '../src/locales/es.js';
import { registerLocale } from '../src/core/locale.js';
import { elements } from '../src/elements.js';
import { pseudoPack } from '../test/helpers/pseudo-locale.js';

registerLocale('qps-ploc', pseudoPack);

const form = document.querySelector<HTMLFormElement>('#controls')!;
const stage = document.querySelector<HTMLElement>('#stage')!;

function apply(): void {
  const data = new FormData(form);
  const theme = String(data.get('theme'));
  for (const el of stage.querySelectorAll(elements.join(', '))) {
    el.setAttribute('theme', theme);
  }
  const accent = String(data.get('accent'));
  // The default accent is chosen per light/dark theme; only a colour the user picks overrides it.
  if (accent === '#0a6b57') stage.style.removeProperty('--gk-color-accent');
  else stage.style.setProperty('--gk-color-accent', accent);
  stage.style.setProperty('--stage-width', String(data.get('width')));
  document.documentElement.style.setProperty('--page-font', String(data.get('font')));
  document.body.classList.toggle('dark-page', data.get('page') === 'dark');
  const lang = String(data.get('lang'));
  stage.lang = lang === 'ar-rtl' ? 'ar' : lang;
  stage.dir = lang === 'ar-rtl' ? 'rtl' : 'ltr';
}

form.addEventListener('change', apply);
apply();
