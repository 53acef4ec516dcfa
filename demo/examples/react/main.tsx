import { createRoot } from 'react-dom/client';
import App from './App.js'; // a default export, as in Vite's React template

createRoot(document.getElementById('root')!).render(<App />);
