// The embed's stylesheets that no component imports: they come first, in this order, and the
// components' own stylesheets follow as their code loads (see style-registry.ts).
import reset from './embed-reset.css?inline';
import global from '../styles/global.css?inline';
import shell from './embed-shell.css?inline';
import { addStyles } from './style-registry.ts';

addStyles(reset);
addStyles(global);
addStyles(shell);
