// trunk's post_build hook: every step, its contract and why it exists are in
// docs/build-pipeline.md. One hook, as trunk runs a stage's hooks concurrently and these two
// must run in order: split the wasm into packed chunks, then write the CSP-safe boot.js.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitWasm } from './split-wasm.mjs';
import { writeBoot } from './csp-loader.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk (TRUNK_STAGING_DIR is not set)');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const split = await splitWasm({ root, staging, release: process.env.TRUNK_PROFILE === 'release' });
writeBoot({ staging, publicUrl: process.env.TRUNK_PUBLIC_URL || '/', ...split });
