/** Spanish: importing this module (or loading dist/locales/es.iife.js) adds Spanish to every element. */
import { registerLocale } from '../core/locale.js';
import { es } from '../../content/es/index.js';

registerLocale('es', es);

export { es };
