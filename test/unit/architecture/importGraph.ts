// The runtime import graph of a set of entry files: every local module they reach through
// relative imports, and every package they import. Type-only imports (`import type`,
// `export type`) are erased by the compiler and pull in nothing, so they are not followed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportGraph {
  /** Local modules reached, as repo-relative paths. */
  files: Set<string>;
  /** Package imports, each with the file that imports it: "react ← src/i18n/hooks.ts". */
  packages: Map<string, string[]>;
}

// `import x from 'm'`, `import {a} from 'm'`, `export {a} from 'm'`, `import 'm'`, `import('m')`,
// skipping `import type …` and `export type …`.
const IMPORT = /(?:^|[;\s])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

export function runtimeImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (m[4]) out.push(m[4]);
    else if (!m[2] && m[3]) out.push(m[3]);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Walks the graph from `entries` (paths relative to the repo root, the working directory). */
export function importGraph(entries: string[]): ImportGraph {
  const files = new Set<string>();
  const packages = new Map<string, string[]>();
  const todo = entries.map((e) => resolve(e));
  while (todo.length) {
    const file = todo.pop()!;
    const rel = relative('.', file).replaceAll('\\', '/');
    if (files.has(rel)) continue;
    files.add(rel);
    // Stylesheets, JSON and pictures are leaves.
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec.replace(/\?.*$/, ''));
        if (!target) throw new Error(`${rel}: cannot resolve ${spec}`);
        todo.push(target);
      } else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        packages.set(name, [...(packages.get(name) ?? []), rel]);
      }
    }
  }
  return { files, packages };
}
