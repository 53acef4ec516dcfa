/** Spanish: importing this module (or loading dist/locales/es.iife.js) adds Spanish to every element. */
import type { CompleteLocalePack } from '../../content/locale-pack.js';
import * as pack from '../../content/es/index.js';
import { registerLocale } from '../core/locale.js';

/** The Spanish pack: every section of a complete pack (checked here by its type, with no cast). */
export const es: CompleteLocalePack = pack;

registerLocale('es', es);
