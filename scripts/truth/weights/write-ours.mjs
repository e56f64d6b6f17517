// Writes our writers' cross-check files: node --import tsx scripts/truth/weights/write-ours.mjs
import { writeFileSync } from 'node:fs';
import { oursGguf, oursSafetensors } from './ours.ts';

writeFileSync('test/fixtures/weights/ours.safetensors', oursSafetensors());
writeFileSync('test/fixtures/weights/ours.gguf', oursGguf());
console.log('written: test/fixtures/weights/ours.safetensors, ours.gguf');
