// Relations network: states as nodes sized by their events, edges coloured by the dominant
// quad class and as thick as their events, for a period, a CAMEO root and a minimum
// corroboration; a click on an edge lists its events. One aggregate query (GROUP BY pair and
// quad class, the largest pairs first, limited), one page of events per click.

import { select, val, localName } from '../sparql.js';
import { h, status, stateNames, periodInput, checkPeriod, QUADS, viewHref, eventTable } from '../ui.js';
import { networkQuery, dyadEventsQuery, ROOTS_QUERY } from '../events.js';

export const title = 'Relations network';

export async function render(root, params, go) {
    const from = periodInput('from', params.from, 'from (optional)');
    const to = periodInput('to', params.to, 'to (optional)');
    const rootSel = h('select', { name: 'root' }, h('option', { value: '' }, 'all CAMEO roots'));
    const minCorr = h('input', {
        name: 'minCorroboration', type: 'number', min: '1', value: params.minCorroboration || '1',
        title: 'events whose cluster has at least this many mentions across articles', class: 'num',
    });
    const msg = h('p', { class: 'status' });
    const summary = h('p', { class: 'summary', id: 'network-summary' });
    const chartEl = h('div', { class: 'chart tall', id: 'network-chart' });
    const eventsTitle = h('h3', { id: 'network-events-title' });
    const events = h('div', { id: 'network-events' });
    const form = h('form', {
        class: 'controls', onsubmit: ev => {
            ev.preventDefault();
            go('network', { from: from.value.trim(), to: to.value.trim(), root: rootSel.value,
                minCorroboration: minCorr.value });
        },
    }, from, to, rootSel, h('label', {}, 'min. corroboration ', minCorr), h('button', { type: 'submit' }, 'Show'));
    root.append(h('h2', {}, title), h('p', { class: 'lead' },
        'States linked by the events between them (an actor counts for its state). Node size: events; edge '
        + 'colour: the quad class with most events; width: events. Click an edge for its events, a state '
        + 'for its strongest partner\'s timeline.'), form, msg, summary, chartEl, eventsTitle, events);
    try {
        const { rows } = await select(ROOTS_QUERY);
        for (const r of rows) {
            rootSel.append(h('option', { value: val(r, 'root'), selected: val(r, 'root') === params.root },
                `${val(r, 'root')} ${val(r, 'name')}`));
        }
    } catch (e) {
        status(msg, e.message, true);
    }
    const f = { from: from.value.trim(), to: to.value.trim(), root: params.root || '',
        minCorroboration: params.minCorroboration || '1', limit: 2000 };
    let rows;
    try {
        checkPeriod('from', f.from);
        checkPeriod('to', f.to);
        status(msg, 'Counting events…');
        rows = (await select(networkQuery(f))).rows;
        status(msg, '');
    } catch (e) {
        status(msg, e.message, true);
        return;
    }
    const edges = new Map();
    const nodes = new Map();
    for (const r of rows) {
        const s = localName(val(r, 's'));
        const t = localName(val(r, 't'));
        const k = s < t ? s + '|' + t : t + '|' + s;
        const n = Number(val(r, 'events'));
        const e = edges.get(k) || { a: s < t ? s : t, b: s < t ? t : s, total: 0, byQuad: [0, 0, 0, 0, 0] };
        e.total += n;
        e.byQuad[Number(val(r, 'quad'))] += n;
        edges.set(k, e);
        nodes.set(s, (nodes.get(s) || 0) + n);
        nodes.set(t, (nodes.get(t) || 0) + n);
    }
    const names = await stateNames([...nodes.keys()]);
    summary.textContent = `${nodes.size} states, ${edges.size} pairs`
        + (rows.length >= f.limit ? ` (the ${f.limit} largest pair and class counts)` : '');
    summary.dataset.states = String(nodes.size);
    summary.dataset.pairs = String(edges.size);
    if (!edges.size) {
        chartEl.replaceChildren(h('p', { class: 'empty' }, 'No events between states match.'));
        return;
    }
    const maxNode = Math.max(...nodes.values());
    const maxEdge = Math.max(...[...edges.values()].map(e => e.total));
    const dominant = e => {
        let best = 1;
        for (let q = 2; q <= 4; q++) {
            if (e.byQuad[q] > e.byQuad[best]) {
                best = q;
            }
        }
        return best;
    };
    const edgeList = [...edges.values()];
    const chart = window.echarts.init(chartEl, null, { renderer: 'canvas' });
    chart.setOption({
        animation: false,
        tooltip: {
            formatter: p => (p.dataType === 'edge'
                ? `${names.get(p.data.source)} – ${names.get(p.data.target)}: ${p.data.total} events<br>`
                  + QUADS.map(q => `${q.name}: ${p.data.byQuad[q.n]}`).join('<br>')
                : `${names.get(p.data.id)} (${p.data.id}): ${p.data.value} events`),
        },
        legend: { data: QUADS.map(q => q.name), top: 0 },
        series: [{
            // a force layout for a few states; a circle (which always fits the box) for many
            type: 'graph', layout: nodes.size > 12 ? 'circular' : 'force', roam: true, draggable: true,
            top: nodes.size > 12 ? 110 : 50, bottom: nodes.size > 12 ? 90 : 30, left: 160, right: 160,
            circular: { rotateLabel: true },
            force: { repulsion: 400, edgeLength: [80, 220], gravity: 0.08, layoutAnimation: false },
            categories: QUADS.map(q => ({ name: q.name, itemStyle: { color: q.color } })),
            label: { show: true, position: 'right', formatter: p => `${names.get(p.data.id)} (${p.data.id})` },
            data: [...nodes.entries()].map(([id, n]) => ({
                id, name: id, value: n, symbolSize: 14 + 36 * Math.sqrt(n / maxNode),
                itemStyle: { color: '#5b6770' },
            })),
            edges: edgeList.map(e => ({
                source: e.a, target: e.b, total: e.total, byQuad: e.byQuad,
                lineStyle: { color: QUADS[dominant(e) - 1].color, width: 1 + 9 * (e.total / maxEdge), opacity: 0.85,
                    curveness: 0.1 },
            })),
            emphasis: { focus: 'adjacency', lineStyle: { width: 10 } },
        }],
    });
    chartEl.chart = chart;
    chartEl.dataset.edges = edgeList.map(e => e.a + '-' + e.b).join(' ');
    const showEdge = async (a, b) => {
        eventsTitle.textContent = `Events between ${names.get(a)} and ${names.get(b)}`;
        events.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
        try {
            const { rows: evs } = await select(dyadEventsQuery(a, b, { ...f, limit: 200 }));
            events.replaceChildren(await eventTable(evs),
                h('p', { class: 'note' }, h('a', { href: viewHref('timeline', { a, b, from: f.from, to: f.to }) },
                    'Timeline of this pair')));
        } catch (e) {
            events.replaceChildren(h('p', { class: 'status error' }, e.message));
        }
    };
    chart.on('click', p => {
        if (p.dataType === 'edge') {
            showEdge(p.data.source, p.data.target);
        } else if (p.dataType === 'node') {
            const best = edgeList.filter(e => e.a === p.data.id || e.b === p.data.id)
                .sort((x, y) => y.total - x.total)[0];
            if (best) {
                go('timeline', { a: p.data.id, b: best.a === p.data.id ? best.b : best.a });
            }
        }
    });
    chartEl.showEdge = showEdge;
    // Pairs as a list too: readable without the picture, and clickable.
    const list = h('table', { class: 'results pairs', id: 'network-pairs' },
        h('thead', {}, h('tr', {}, ['pair', 'events', ...QUADS.map(q => q.name)].map(t => h('th', {}, t)))),
        h('tbody', {}, edgeList.sort((x, y) => y.total - x.total).slice(0, 50).map(e => h('tr', {},
            h('td', {}, h('a', { href: '#', 'data-pair': e.a + '-' + e.b, onclick: ev => {
                ev.preventDefault();
                showEdge(e.a, e.b);
            } }, `${names.get(e.a)} – ${names.get(e.b)}`)),
            h('td', { class: 'num' }, e.total),
            ...QUADS.map(q => h('td', { class: 'num' }, e.byQuad[q.n]))))));
    eventsTitle.before(h('h3', {}, 'Largest pairs'), list);
}
