// The app shell: a hash router over the five views, the label language, and the error line.

import { setLabelLanguage, labelLanguage } from './sparql.js';
import { viewHref } from './ui.js';
import * as questions from './views/questions.js';
import * as timeline from './views/timeline.js';
import * as network from './views/network.js';
import * as evidence from './views/evidence.js';
import * as claims from './views/claims.js';

const VIEWS = { questions, timeline, network, evidence, claims };
const DEFAULT_VIEW = 'questions';

function parseHash() {
    const m = /^#\/([a-z]+)(?:\?(.*))?$/.exec(location.hash);
    if (!m || !VIEWS[m[1]]) {
        return { view: DEFAULT_VIEW, params: {} };
    }
    return { view: m[1], params: Object.fromEntries(new URLSearchParams(m[2] || '')) };
}

function go(view, params) {
    const href = viewHref(view, params);
    if (location.hash === href) {
        route();
    } else {
        location.hash = href;
    }
}

let generation = 0;

async function route() {
    const { view, params } = parseHash();
    const mine = ++generation;
    for (const a of document.querySelectorAll('nav.views a')) {
        a.classList.toggle('active', a.dataset.view === view);
    }
    const main = document.getElementById('main');
    for (const el of main.querySelectorAll('.chart')) {
        if (el.chart) {
            el.chart.dispose();
        }
    }
    const root = document.createElement('section');
    root.className = 'view view-' + view;
    root.id = 'view-' + view;
    main.replaceChildren(root);
    document.title = `${VIEWS[view].title} · geokg`;
    document.body.dataset.view = view;
    document.body.dataset.ready = 'false';
    try {
        await VIEWS[view].render(root, params, go);
    } catch (e) {
        const p = document.createElement('p');
        p.className = 'status error';
        p.textContent = e.message;
        root.append(p);
    }
    if (mine === generation) {
        document.body.dataset.ready = 'true';
    }
}

function setup() {
    const lang = document.getElementById('label-lang');
    lang.value = labelLanguage();
    lang.addEventListener('change', () => {
        setLabelLanguage(lang.value);
        route();
    });
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', () => {
        for (const el of document.querySelectorAll('.chart')) {
            if (el.chart) {
                el.chart.resize();
            }
        }
    });
    route();
}

setup();
