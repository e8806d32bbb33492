import { render } from 'preact';
import './styles.css';
import { App } from './app.js';
import { lang } from './i18n.js';
import { loadSession } from './session.js';

document.documentElement.lang = lang.get();
render(<App />, document.getElementById('app')!);
void loadSession();
