import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../../src/sources/incidents/index.ts';

/**
 * Reports written the way the seeds write them: seed 000's front matter (`title`, `date`, `type`,
 * `owner`, `status`, `tags`) over a narrative body that repeats the title as `# heading`, and
 * seed 001's postmortem without front matter (`# TITLE`, then `**Date**: 2026-01-13`).
 */
const SEED_000 = `---
title: "TP-Capital Connectivity Failure"
date: "2025-11-05"
type: "postmortem"
owner: "Platform Engineering + Security Engineering"
status: "resolved"
tags: [governance, incident-response]
---

# TP-Capital Connectivity Failure

**Date**: November 5, 2025  
**Status**: Resolved

---

## Executive Summary

Following a **2-hour service outage** on November 5, 2025, we reviewed the framework.
`;

const SEED_001 = `# MOSAIC GOVERNANCE FRAMEWORK POSTMORTEM (ML-STYLE)

**Date**: 2026-01-13
**Incident**: Production system broken (frontend unable to reach backend)

---

## EXECUTIVE SUMMARY

The framework reported healthy while users saw the app offline.
`;

const DIR = 'governance/incidents';

describe('seed-style incident reports', () => {
  it("seed 000's front matter: date is the start (a day: 00:00 UTC), type shown, other keys kept in order", () => {
    const incident = parseIncident(SEED_000, `${DIR}/tp-capital.md`);
    expect(incident).toMatchObject({
      id: 'tp-capital',
      title: 'TP-Capital Connectivity Failure',
      start: '2025-11-05T00:00:00.000Z',
      end: null,
      // status: "resolved" and no end: resolved, its end not stated, so no duration.
      status: 'resolved',
      duration_minutes: null,
      severity: null,
      services: [],
      root_causes: [],
      type: 'postmortem',
      fields: [
        { name: 'owner', value: 'Platform Engineering + Security Engineering' },
        { name: 'status', value: 'resolved' },
        { name: 'tags', value: 'governance, incident-response' },
      ],
      assumptions: ['end-not-stated', 'services-not-stated', 'severity-not-stated', 'start-day-only'],
    });
    // The heading that repeats the title is not rendered again under the page's own h1.
    expect(incident.body_html).not.toContain('TP-Capital Connectivity Failure');
    expect(incident.body_html).toContain('<h2>Executive Summary</h2>');
  });

  it('a date with a time is the start to the minute; with an end, the duration counts', () => {
    const incident = parseIncident(
      '---\ndate: 2025-11-05T15:00:00+01:00\nend: 2025-11-05T16:00:00Z\nseverity: High\n---\nNarrative.\n',
      `${DIR}/2025-11-05-x.md`,
    );
    expect([incident.start, incident.end, incident.duration_minutes, incident.severity, incident.status]).toEqual([
      '2025-11-05T14:00:00.000Z',
      '2025-11-05T16:00:00.000Z',
      120,
      'high',
      'resolved',
    ]);
    expect(incident.assumptions).toEqual(['services-not-stated', 'title-from-file-name']);
    expect(incident.title).toBe('x');
  });

  it('a day without a time and an end: resolved at the end, no duration (00:00 UTC is a stand-in)', () => {
    const incident = parseIncident('---\ntitle: t\ndate: 2026-01-13\nend: 2026-01-13T17:00:00Z\nseverity: low\nservices: api\n---\n', `${DIR}/t.md`);
    expect([incident.start, incident.end, incident.status, incident.duration_minutes, incident.assumptions]).toEqual([
      '2026-01-13T00:00:00.000Z',
      '2026-01-13T17:00:00.000Z',
      'resolved',
      null,
      ['start-day-only'],
    ]);
  });

  it('no front matter: the start from the file name, the title from the first # heading', () => {
    const incident = parseIncident(SEED_001, `${DIR}/2026-01-05-api-outage.md`);
    expect(incident).toMatchObject({
      id: '2026-01-05-api-outage',
      title: 'MOSAIC GOVERNANCE FRAMEWORK POSTMORTEM (ML-STYLE)',
      // The file name's day comes before the body's **Date** line.
      start: '2026-01-05T00:00:00.000Z',
      status: 'resolved',
      severity: null,
      assumptions: ['end-not-stated', 'services-not-stated', 'severity-not-stated', 'start-day-only', 'start-from-file-name', 'title-from-heading'],
    });
    expect(incident.type).toBeUndefined();
    expect(incident.fields).toBeUndefined();
    expect(incident.body_html).toContain('<h2>EXECUTIVE SUMMARY</h2>');
  });

  it("no front matter and no day in the file name: seed 001's **Date** line", () => {
    const incident = parseIncident(SEED_001, `${DIR}/mosaic-postmortem.md`);
    expect([incident.start, incident.assumptions?.includes('start-from-body')]).toEqual(['2026-01-13T00:00:00.000Z', true]);
  });

  it('no front matter, no heading: the title is the file name without its day', () => {
    const incident = parseIncident('The API was down.\n', `${DIR}/2026-01-05-api-outage.md`);
    expect([incident.title, incident.summary, incident.assumptions?.includes('title-from-file-name')]).toEqual(['api outage', 'The API was down.', true]);
    expect(parseIncident('Down.\n', `${DIR}/2026-01-05.md`).title).toBe('2026-01-05');
  });

  it('extra keys are kept as text: scalars, lists, nested values as JSON, empty values', () => {
    const incident = parseIncident(
      '---\ntitle: t\nstart: 2026-01-13T10:00:00Z\nend: 2026-01-13T11:00:00Z\nseverity: low\nservices: [api]\nteam: payments\npager: 3\nreviewed: true\nlinks:\n  dashboard: https://grafana.example.com\nimpact:\ndate: 2026-01-14\n---\n',
      `${DIR}/t.md`,
    );
    expect(incident.fields).toEqual([
      { name: 'team', value: 'payments' },
      { name: 'pager', value: '3' },
      { name: 'reviewed', value: 'true' },
      { name: 'links', value: '{"dashboard":"https://grafana.example.com"}' },
      { name: 'impact', value: '' },
      // `start` is the start; a `date` beside it is shown, not read.
      { name: 'date', value: '2026-01-14' },
    ]);
    expect(incident.assumptions).toBeUndefined();
    expect(parseIncident(`---\ndate: 2026-01-13\nnote: ${'x'.repeat(600)}\n---\n`, `${DIR}/t.md`).fields?.[0]?.value).toBe(`${'x'.repeat(500)}…`);
  });

  it.each([
    ['a govpages-style report without end is open', 'start: 2026-01-13T10:00:00Z', 'open'],
    ['so is a seed-style one that says it is ongoing', 'date: 2026-01-13\nstatus: Investigating', 'open'],
    ['a dated write-up without end or status is resolved', 'date: 2026-01-13', 'resolved'],
    ['a govpages-style report saying status: resolved is resolved', 'start: 2026-01-13T10:00:00Z\nstatus: resolved', 'resolved'],
    ["a status that is not a known word does not decide (the seed's executive summary says active)", 'date: 2026-01-13\nstatus: active', 'resolved'],
  ])('%s', (_, front, status) => {
    const incident = parseIncident(`---\ntitle: t\n${front}\n---\n`, `${DIR}/t.md`);
    expect(incident.status).toBe(status);
    expect(incident.end).toBeNull();
    expect(incident.assumptions?.includes('end-not-stated') ?? false).toBe(status === 'resolved');
  });

  it('empty values count as not stated', () => {
    const incident = parseIncident('---\ntitle: t\ndate: 2026-01-13\nseverity:\nservices: []\nroot_causes:\ntype:\n---\n', `${DIR}/t.md`);
    expect([incident.severity, incident.services, incident.root_causes, incident.type]).toEqual([null, [], [], undefined]);
    expect(parseIncident('---\ndate: 2026-01-13\nseverity: " "\n---\n', `${DIR}/t.md`).severity).toBeNull();
  });
});
