#!/usr/bin/env node
// Makes sure Debian's Chromium is installed, for the browser tests (apt-get when missing).
import { ensureAptPackages } from './aptPackages.mjs';

ensureAptPackages(['chromium'], (message) => console.log(`[ensure-chromium] ${message}`));
