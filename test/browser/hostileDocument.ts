/** A brief that tries every way into a page: script tags, handlers, javascript: and data: links, frames. */
export const HOSTILE_BRIEF = `---
type: brief
title: Hostile input
status: draft
---

# Hostile <script>window.__pwned = 1; alert('title')</script> brief

## Summary

Inline <script>window.__pwned = 2</script> and <img src=x onerror="window.__pwned = 3; alert(3)"> stay text.

<script>window.__pwned = 4; document.body.innerHTML = 'owned'</script>

<iframe src="https://evil.example.com/frame"></iframe>

<svg onload="window.__pwned = 5"><circle r="5"/></svg>

[click me](javascript:window.__pwned=6) and [data](data:text/html;base64,PHNjcmlwdD4=) and [vb](vbscript:msgbox(1))

![tracker](https://tracker.example.com/pixel.png)

## Asks

- Approve <b onmouseover="window.__pwned = 7">nothing</b>.
`;
