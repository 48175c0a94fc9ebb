import type { Command } from 'commander';
import { createClassifier, evaluate, formatEvaluation, type Classification, type LabelledPost } from '@spike/classifier';
import { closeOutput, openOutput, readJsonl, writeLine } from './jsonl.js';
import { describeIssues, LABELLED_POST, POST_INPUT } from './posts.js';

/** The line `spike classify` writes: the DESIGN.md contract, plus symptom and country source with --explain. */
export function outputLine(result: Classification, explain: boolean): string {
  const { id, complaint, services, language, country, confidence } = result;
  const base = { id, complaint, services, language, country, confidence };
  return JSON.stringify(explain ? { ...base, country_source: result.countrySource, symptom: result.symptom } : base);
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('classify posts (JSONL with the input fields of spec/labelled-posts.md) into one JSON line each')
    .option('--input <file>', 'posts as JSONL (default: stdin)')
    .option('--output <file>', 'where to write the results (default: stdout)')
    .option('--explain', 'also write country_source and symptom', false)
    .action(async (options: { input?: string; output?: string; explain: boolean }) => {
      const classifier = createClassifier();
      const out = await openOutput(options.output);
      let bad = 0;
      for await (const { lineNumber, value } of readJsonl(options.input)) {
        const parsed = POST_INPUT.safeParse(value);
        if (!parsed.success) {
          bad++;
          console.error(`spike classify: line ${lineNumber} skipped: ${describeIssues(parsed.error)}`);
          continue;
        }
        await writeLine(out, outputLine(classifier.classify(parsed.data), options.explain));
      }
      await closeOutput(out);
      if (bad > 0) {
        console.error(`spike classify: ${bad} invalid line(s) skipped`);
        process.exitCode = 1;
      }
    });

  program
    .command('eval-classifier')
    .argument('<file>', 'labelled posts as JSONL (spec/labelled-posts.md)')
    .description(
      'complaint precision/recall/F1 overall and per language, service, country and language accuracy, and the 20 worst errors (--no-errors leaves them out)',
    )
    .option('--json', 'print the evaluation as JSON', false)
    .option('--rules-only', 'the rules alone, without the complaint model (to see what the model changes)', false)
    .option('--no-errors', 'leave out the worst errors and their posts (for a set kept unread)')
    .action(async (file: string, options: { json: boolean; rulesOnly: boolean; errors: boolean }) => {
      const classifier = createClassifier(options.rulesOnly ? { complaintModel: null } : {});
      const labelled: LabelledPost[] = [];
      for await (const { lineNumber, value } of readJsonl(file)) {
        const parsed = LABELLED_POST.safeParse(value);
        if (!parsed.success) throw new Error(`${file} line ${lineNumber}: ${describeIssues(parsed.error)}`);
        labelled.push(parsed.data);
      }
      const evaluation = evaluate(
        labelled,
        labelled.map((post) => classifier.classify(post)),
      );
      if (options.json) {
        const { worstErrors, ...figures } = evaluation;
        console.log(JSON.stringify(options.errors ? { ...figures, worstErrors } : figures, null, 2));
      } else console.log(formatEvaluation(evaluation, { withErrors: options.errors }));
    });
}
