import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, lines } from '../support/documents';

const nygard = lines('# 1. Record architecture decisions', '', 'Date: 2016-02-12', '', '## Status', '', 'Accepted', '', '## Context', '', 'c', '', '## Decision', '', 'd', '', '## Consequences', '', 'e');

describe('document type detection', () => {
  it('uses front matter type first', () => {
    const analysis = analyze(lines('---', 'type: adr', '---', '# T'), 'notes/anything.md');
    assert.equal(analysis.type, 'adr');
    assert.equal(analysis.detectedBy, 'front-matter');
  });

  it('uses $schema when there is no type', () => {
    const analysis = analyze(lines('---', '$schema: ../../schemas/adr.schema.json', '---', '# T'), 'notes/anything.md');
    assert.equal(analysis.type, 'adr');
  });

  it('uses path globs, and settings replace the defaults', () => {
    assert.equal(analyze(lines('# T'), 'doc/adr/0001-x.md').detectedBy, 'path');
    assert.equal(analyze(lines('# T'), 'records/0001-x.md').type, null);
    assert.equal(analyze(lines('# T'), 'records/0001-x.md', { settings: { pathGlobs: { adr: ['records/**'] } } }).type, 'adr');
  });

  it('recognises a Nygard ADR by its headings anywhere', () => {
    const analysis = analyze(nygard, 'somewhere/else.md');
    assert.equal(analysis.type, 'adr');
    assert.equal(analysis.detectedBy, 'content');
    assert.equal(analysis.variant, 'nygard');
    assert.equal(analysis.title?.number, 1);
  });

  it("recognises log4brains' status list", () => {
    const analysis = analyze(lines('# Use X', '', '- Status: accepted', '- Date: 2020-01-01', '', '## Context and Problem Statement', '', 'Why.', '', '## Decision Outcome', '', 'Chosen option: "X".'), 'x.md');
    assert.equal(analysis.type, 'adr');
    assert.equal(analysis.status?.value, 'accepted');
  });

  it('leaves README, index and template files in an ADR folder alone', () => {
    for (const path of ['docs/decisions/README.md', 'doc/adr/index.md', 'docs/decisions/adr-template.md', 'docs/decisions/CONTRIBUTING.md', 'docs/decisions/adr-index.md', 'doc/adr/toc.md', 'README.md', 'docs/incidents/README.md']) {
      const analysis = analyze(nygard, path);
      assert.equal(analysis.type, null, path);
      assert.equal(analysis.findings.length, 0, path);
    }
  });

  it("takes MADR's own first record, numbered 0000, for an ADR", () => {
    assert.equal(analyze(nygard, 'docs/decisions/0000-use-markdown-architectural-decision-records.md').type, 'adr');
  });

  it('does not take an RFC or design doc with a status line and decision-ish headings for an ADR', () => {
    const rfc = lines('# RFC 12: Caching', '', '| Status | Draft |', '|---|---|', '', '## Background', '', 'b', '', '## Proposal', '', 'p', '', '## Alternatives', '', 'a');
    const design = lines('# Search redesign', '', '- Status: In Review', '- Owner: Ana', '', '## Problem', '', 'p', '', '## Decision', '', 'd');
    assert.equal(analyze(rfc, 'rfcs/0012-caching.md').type, null);
    assert.equal(analyze(design, 'design/search.md').type, null);
  });

  it('does not take notes with incident-ish headings for a postmortem, nor a process page named after postmortems', () => {
    const notes = lines('# Q3 notes', '', '## Impact', '', 'i', '', '## Timeline', '', 't', '', '## Cause', '', 'c');
    assert.equal(analyze(notes, 'notes/q3.md').type, null);
    assert.equal(analyze(lines('# How we run postmortems', '', '## Steps', '', 's'), 'docs/postmortem-process.md').type, null);
    assert.equal(analyze(lines('# Payments outage', '', '## Summary', '', 's'), 'docs/2026-03-11-payments-postmortem.md').type, 'postmortem');
  });

  it("lets a team's globs win over another type's defaults", () => {
    const analysis = analyze(lines('# Q3 ask'), 'docs/decisions/briefs/q3.md', { settings: { pathGlobs: { brief: ['docs/decisions/briefs/**'] } } });
    assert.equal(analysis.type, 'brief');
  });

  it('does not take a design doc with a Status heading for an ADR', () => {
    const rfc = lines('# RFC: Caching', '', '## Status', '', 'Draft', '', '## Summary', '', 's', '', '## Motivation', '', 'm', '', '## Design', '', 'd');
    assert.equal(analyze(rfc, 'rfcs/caching.md').type, null);
  });

  it('gives a Hugo post with its own type no findings', () => {
    const analysis = analyze(lines('---', 'type: post', 'title: Hello', '---', '# Hello', '', '## Status', ''), 'content/posts/hello.md');
    assert.equal(analysis.type, null);
    assert.equal(analysis.findings.length, 0);
  });
});
