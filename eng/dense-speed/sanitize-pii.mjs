// The fastest open redactor we know, in-process in Node: @cdssnc/sanitize-pii 2.1.1 over the same JSON Lines.
// Usage: node sanitize-pii.mjs IN.jsonl   (npm install @cdssnc/sanitize-pii@2.1.1 beside it; IN.jsonl from
// dotnet run -c Release --project bench/ConsentKit.Benchmarks -- --write-dense-jsonl IN.jsonl 50)
import { readFileSync } from 'node:fs';
import { sanitizePii } from '@cdssnc/sanitize-pii';

let chars = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.length === 0) continue;
  const { text } = JSON.parse(line);
  chars += sanitizePii(text).length;
}
console.log(chars);
