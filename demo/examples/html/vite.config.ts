import { readFileSync } from 'node:fs';
import { createLogger, defineConfig } from 'vite';

// The page loads the package's classic script as it is (no bundling): copy the built file next to it, and don't warn
// that a script without type="module" is not bundled.
const logger = createLogger('warn');
const warn = logger.warn;
logger.warn = (message, options) => {
  if (!message.includes('glute-knots.iife.js')) warn(message, options);
};

export default defineConfig({
  customLogger: logger,
  plugins: [
    {
      name: 'copy-glute-knots-iife',
      generateBundle() {
        const source = readFileSync(new URL('../../../dist/glute-knots.iife.js', import.meta.url));
        this.emitFile({ type: 'asset', fileName: 'glute-knots.iife.js', source });
      },
    },
  ],
});
