// Generates src/generated/records.ts from avro/*.avsc: the TypeScript types, enum symbol
// lists and self-contained schema objects of every record. The .avsc files are the single
// source of truth; `npm run generate -w @spike/schemas` rewrites the output and
// src/codegen.test.ts fails when the committed output is stale.
//
// Written here rather than taken from @ovotech/avro-ts or avro-typescript: both pin an old
// TypeScript of their own and neither inlines named types across files, which the schema
// fingerprints and a schema registry need (each record schema must stand alone).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const avroDir = join(packageDir, 'avro');
export const outputFile = join(packageDir, 'src', 'generated', 'records.ts');

const PRIMITIVE_TS = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

/** Reads every .avsc file: { file, schema } sorted by file name for a stable output. */
export function readSchemaFiles(dir = avroDir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.avsc'))
    .sort()
    .map((file) => ({ file, schema: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

function fullName(schema, enclosingNamespace) {
  if (schema.name.includes('.')) return schema.name;
  const ns = schema.namespace ?? enclosingNamespace;
  return ns ? `${ns}.${schema.name}` : schema.name;
}

/** Index of every named type (record, enum, fixed) defined at the top of a file, by full name. */
function indexNamedTypes(files) {
  const named = new Map();
  for (const { file, schema } of files) {
    if (typeof schema === 'object' && schema.name) named.set(fullName(schema), { file, schema });
  }
  return named;
}

/**
 * Returns a copy of `schema` where every reference to a named type of another file is
 * replaced by that type's definition the first time it appears, so the schema stands alone.
 */
function inlineReferences(schema, named, namespace, defined = new Set()) {
  if (typeof schema === 'string') {
    if (schema in PRIMITIVE_TS) return schema;
    const name = schema.includes('.') ? schema : `${namespace}.${schema}`;
    if (defined.has(name)) return schema;
    const target = named.get(name);
    if (!target) throw new Error(`unknown Avro type name "${schema}" (looked for ${name})`);
    return inlineReferences(target.schema, named, namespace, defined);
  }
  if (Array.isArray(schema)) return schema.map((s) => inlineReferences(s, named, namespace, defined));
  switch (schema.type) {
    case 'record': {
      const ns = schema.namespace ?? namespace;
      defined.add(fullName(schema, namespace));
      const fields = schema.fields.map((f) => ({ ...f, type: inlineReferences(f.type, named, ns, defined) }));
      return { ...schema, fields };
    }
    case 'enum':
    case 'fixed':
      defined.add(fullName(schema, namespace));
      return { ...schema };
    case 'array':
      return { ...schema, items: inlineReferences(schema.items, named, namespace, defined) };
    case 'map':
      return { ...schema, values: inlineReferences(schema.values, named, namespace, defined) };
    default:
      return { ...schema, type: inlineReferences(schema.type, named, namespace, defined) };
  }
}

function tsTypeOf(schema, named, namespace) {
  if (typeof schema === 'string') {
    if (schema in PRIMITIVE_TS) return PRIMITIVE_TS[schema];
    return schema.split('.').pop();
  }
  if (Array.isArray(schema)) return schema.map((s) => tsTypeOf(s, named, namespace)).join(' | ');
  switch (schema.type) {
    case 'record':
    case 'enum':
    case 'fixed':
      return schema.name;
    case 'array':
      return `${wrap(tsTypeOf(schema.items, named, namespace))}[]`;
    case 'map':
      return `Record<string, ${tsTypeOf(schema.values, named, namespace)}>`;
    default:
      return tsTypeOf(schema.type, named, namespace);
  }
}

function wrap(ts) {
  return ts.includes(' | ') ? `(${ts})` : ts;
}

function docComment(doc, indent = '') {
  if (!doc) return '';
  return `${indent}/** ${doc.replaceAll('*/', '* /')} */\n`;
}

function constName(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Collects every named type declaration inside a (standalone) schema, in order. */
function collectDeclarations(schema, out = []) {
  if (typeof schema !== 'object' || schema === null) return out;
  if (Array.isArray(schema)) {
    for (const s of schema) collectDeclarations(s, out);
    return out;
  }
  if (schema.type === 'record') {
    out.push(schema);
    for (const f of schema.fields) collectDeclarations(f.type, out);
  } else if (schema.type === 'enum' || schema.type === 'fixed') out.push(schema);
  else if (schema.type === 'array') collectDeclarations(schema.items, out);
  else if (schema.type === 'map') collectDeclarations(schema.values, out);
  else if (typeof schema.type === 'object') collectDeclarations(schema.type, out);
  return out;
}

function declare(schema, named) {
  if (schema.type === 'enum') {
    const symbols = schema.symbols.map((s) => JSON.stringify(s)).join(', ');
    return (
      docComment(schema.doc) +
      `export const ${constName(schema.name)}_SYMBOLS = [${symbols}] as const;\n` +
      docComment(schema.doc) +
      `export type ${schema.name} = (typeof ${constName(schema.name)}_SYMBOLS)[number];\n`
    );
  }
  if (schema.type === 'fixed') return `export type ${schema.name} = Buffer;\n`;
  const ns = schema.namespace;
  const fields = schema.fields.map((f) => docComment(f.doc, '  ') + `  ${f.name}: ${tsTypeOf(f.type, named, ns)};`).join('\n');
  return docComment(schema.doc) + `export interface ${schema.name} {\n${fields}\n}\n`;
}

/** The whole generated module as a string. */
export function generate(files = readSchemaFiles()) {
  const named = indexNamedTypes(files);
  const records = files.filter(({ schema }) => schema.type === 'record');
  const declared = new Set();
  const parts = [
    '// GENERATED by schemas/scripts/codegen.mjs from schemas/avro/*.avsc. Do not edit:',
    '// change the .avsc file and run `npm run generate -w @spike/schemas`.',
    '/* eslint-disable */',
    '',
  ];
  for (const { file, schema } of records) {
    const standalone = inlineReferences(schema, named, schema.namespace);
    for (const decl of collectDeclarations(standalone)) {
      const name = fullName(decl, schema.namespace);
      if (declared.has(name)) continue;
      declared.add(name);
      parts.push(declare(decl, named));
    }
    parts.push(
      `/** Self-contained Avro schema of ${schema.name}, from avro/${file}. */\n` +
        `export const ${constName(schema.name)}_SCHEMA = ${JSON.stringify(standalone, null, 2)} as const;\n`,
    );
  }
  const names = records.map(({ schema }) => schema.name);
  parts.push(
    '/** Every record the project writes to a topic, by record name. */\n' +
      `export const RECORD_SCHEMAS = {\n${names.map((n) => `  ${n}: ${constName(n)}_SCHEMA,`).join('\n')}\n} as const;\n`,
    '/** Maps a record name to its TypeScript type. */\n' +
      `export interface RecordTypes {\n${names.map((n) => `  ${n}: ${n};`).join('\n')}\n}\n`,
  );
  return parts.join('\n');
}

if (process.argv[1] && basename(process.argv[1]) === 'codegen.mjs') {
  writeFileSync(outputFile, generate());
  console.log(`wrote ${outputFile}`);
}
