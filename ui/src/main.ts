import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles.css';
import './display.css';
import { tauriApi } from './api';
import { App } from './app';

const root = document.getElementById('app');
if (root) void new App(root, tauriApi).start();
