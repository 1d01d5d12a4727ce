// Dyad timeline: two states; events per week or month split by quad class (stacked bars),
// the Goldstein sum as a line; a click on a mark lists its events, each one click from its
// evidence. One aggregate query (per day or month and quad) and one page of events per click.

import { select, val, localName } from '../sparql.js';
import { h, status, statePicker, pickedState, stateNames, periodInput, checkPeriod, checkState,
    QUADS, viewHref, eventTable } from '../ui.js';
import { dyadTimelineQuery, dyadEventsQuery, networkQuery } from '../events.js';

export const title = 'Dyad timeline';

export async function render(root, params, go) {
    let first = params.a;
    let second = params.b;
    if (!first && !second) {
        // opened without a pair: the pair with the most events in the store
        try {
            const { rows } = await select(networkQuery({ limit: 1 }));
            if (rows.length) {
                first = localName(val(rows[0], 's'));
                second = localName(val(rows[0], 't'));
            }
        } catch (e) {
            // the form stays empty; the message below asks for two states
        }
    }
    const a = statePicker('a', first || '', 'first state');
    const b = statePicker('b', second || '', 'second state');
    const gran = h('select', { name: 'granularity' },
        h('option', { value: 'month', selected: params.granularity !== 'week' }, 'per month'),
        h('option', { value: 'week', selected: params.granularity === 'week' }, 'per week'));
    const from = periodInput('from', params.from, 'from (optional)');
    const to = periodInput('to', params.to, 'to (optional)');
    const msg = h('p', { class: 'status' });
    const summary = h('p', { class: 'summary', id: 'timeline-summary' });
    const chartEl = h('div', { class: 'chart', id: 'timeline-chart' });
    const eventsTitle = h('h3', { id: 'timeline-events-title' });
    const events = h('div', { id: 'timeline-events' });
    const form = h('form', {
        class: 'controls', onsubmit: ev => {
            ev.preventDefault();
            go('timeline', {
                a: pickedState(a.input), b: pickedState(b.input), granularity: gran.value,
                from: from.value.trim(), to: to.value.trim(),
            });
        },
    }, a, b, gran, from, to, h('button', { type: 'submit' }, 'Show'));
    root.append(h('h2', {}, title), h('p', { class: 'lead' },
        'Events between two states in either direction (an actor counts for its state), per month or week '
        + 'and quad class, with the summed Goldstein weight. Click a bar or a point for its events.'),
    form, msg, summary, chartEl, eventsTitle, events);

    let A;
    let B;
    const f = { granularity: gran.value, from: from.value.trim(), to: to.value.trim() };
    try {
        A = checkState('first state', pickedState(a.input));
        B = checkState('second state', pickedState(b.input));
        checkPeriod('from', f.from);
        checkPeriod('to', f.to);
        if (!A || !B) {
            status(msg, 'Pick two states.');
            return;
        }
    } catch (e) {
        status(msg, e.message, true);
        return;
    }
    status(msg, 'Counting events…');
    let rows;
    try {
        rows = (await select(dyadTimelineQuery(A, B, f))).rows;
    } catch (e) {
        status(msg, e.message, true);
        return;
    }
    const names = await stateNames([A, B]);
    status(msg, '');
    const buckets = bucketsOf(rows, f.granularity);
    const total = rows.reduce((n, r) => n + Number(val(r, 'events')), 0);
    summary.textContent = `${names.get(A)} (${A}) – ${names.get(B)} (${B}): ${total} events in `
        + `${buckets.keys.filter(k => k !== 'undated' && buckets.count.get(k)).length} ${f.granularity === 'week' ? 'weeks' : 'months'}`
        + (buckets.count.get('undated') ? ' (undated events in the last column)' : '');
    summary.dataset.events = String(total);
    if (!total) {
        chartEl.replaceChildren(h('p', { class: 'empty' }, 'No events between these states in the store.'));
        return;
    }
    const chart = window.echarts.init(chartEl, null, { renderer: 'canvas' });
    chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 60, top: 40, bottom: 60 },
        xAxis: { type: 'category', data: buckets.keys.map(k => buckets.label(k)), axisLabel: { rotate: 30 } },
        yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
        series: QUADS.map(q => ({
            name: q.name, type: 'bar', stack: 'events', itemStyle: { color: q.color },
            data: buckets.keys.map(k => buckets.by.get(k + '|' + q.n) || 0),
        })).concat([{
            name: 'Goldstein sum', type: 'line', yAxisIndex: 1, itemStyle: { color: '#333' },
            symbolSize: 8, data: buckets.keys.map(k => buckets.gold.get(k) ?? null), connectNulls: false,
        }]),
    });
    chartEl.dataset.buckets = buckets.keys.join(' ');
    const listEvents = async (bucket, quad) => {
        const q = QUADS.find(x => x.n === quad);
        eventsTitle.textContent = `Events ${buckets.label(bucket)}${q ? ', ' + q.name.toLowerCase() : ''}`;
        events.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
        try {
            const { rows: evs } = await select(dyadEventsQuery(A, B, { ...f, bucket, quad, limit: 200 }));
            events.replaceChildren(await eventTable(evs),
                evs.length >= 200 ? h('p', { class: 'note' }, 'The first 200 events are shown.') : '');
        } catch (e) {
            events.replaceChildren(h('p', { class: 'status error' }, e.message));
        }
    };
    chart.on('click', p => {
        const bucket = buckets.keys[p.dataIndex];
        const quad = p.seriesType === 'bar' ? QUADS[p.seriesIndex].n : null;
        listEvents(bucket, quad);
    });
    chartEl.chart = chart;
    // The whole dyad below the chart until a mark is clicked (the first page).
    eventsTitle.textContent = 'All events of the dyad';
    try {
        const { rows: evs } = await select(dyadEventsQuery(A, B, { ...f, limit: 100 }));
        events.replaceChildren(await eventTable(evs),
            evs.length >= 100 ? h('p', { class: 'note' }, 'The first 100 events; click a mark for its own.') : '');
    } catch (e) {
        events.replaceChildren(h('p', { class: 'status error' }, e.message));
    }
    root.append(h('p', { class: 'note' }, h('a', { href: viewHref('network', {}) }, 'See all states in the network view')));
}

/** Buckets in order (weeks from days; gaps between the first and last filled), counts and sums. */
function bucketsOf(rows, granularity) {
    const by = new Map();
    const gold = new Map();
    const count = new Map();
    const key = raw => {
        if (raw === 'undated') {
            return raw;
        }
        if (granularity === 'week') {
            return raw.length === 10 ? 'W' + monday(raw) : '~' + raw;
        }
        return raw.length >= 7 ? raw.slice(0, 7) : '~' + raw;
    };
    for (const r of rows) {
        const k = key(val(r, 'bucket'));
        const q = Number(val(r, 'quad'));
        const n = Number(val(r, 'events'));
        by.set(k + '|' + q, (by.get(k + '|' + q) || 0) + n);
        gold.set(k, (gold.get(k) || 0) + Number(val(r, 'goldstein')));
        count.set(k, (count.get(k) || 0) + n);
    }
    const full = [...count.keys()].filter(k => k !== 'undated' && !k.startsWith('~')).sort();
    const filled = fill(full, granularity);
    const coarse = [...count.keys()].filter(k => k.startsWith('~')).sort();
    const keys = [...coarse, ...filled];
    keys.sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
    if (count.has('undated')) {
        keys.push('undated');
    }
    const label = k => (k === 'undated' ? 'undated' : k.startsWith('W') ? 'week of ' + k.slice(1)
        : k.startsWith('~') ? k.slice(1) + ' (no finer date)' : k);
    return { keys, by, gold, count, label };
}

function sortKey(k) {
    return k.startsWith('W') || k.startsWith('~') ? k.slice(1) : k;
}

/** Consecutive weeks or months from the first to the last key (at most 520 of them). */
function fill(keys, granularity) {
    if (keys.length < 2) {
        return keys;
    }
    const out = [];
    if (granularity === 'week') {
        const d = new Date(keys[0].slice(1) + 'T00:00:00Z');
        const end = keys[keys.length - 1].slice(1);
        while (out.length < 520) {
            const s = d.toISOString().slice(0, 10);
            out.push('W' + s);
            if (s >= end) {
                break;
            }
            d.setUTCDate(d.getUTCDate() + 7);
        }
    } else {
        let [y, m] = keys[0].split('-').map(Number);
        const end = keys[keys.length - 1];
        while (out.length < 520) {
            const s = `${y}-${String(m).padStart(2, '0')}`;
            out.push(s);
            if (s >= end) {
                break;
            }
            m++;
            if (m > 12) {
                m = 1;
                y++;
            }
        }
    }
    return out.length >= 520 ? keys : out;
}

/** The Monday of the ISO week of a YYYY-MM-DD date. */
function monday(day) {
    const d = new Date(day + 'T00:00:00Z');
    const back = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - back);
    return d.toISOString().slice(0, 10);
}
