import { describe, expect, it } from 'vitest';
import { insideTask, taskPhrases } from './task-phrases';

const phrases = (text: string) => taskPhrases(text).map((t) => text.slice(t.start, t.end));

describe('taskPhrases', () => {
  it('reads a verb-led bullet up to a preposition', () => {
    expect(phrases('- Build APIs to support teams across sites')).toEqual(['Build APIs', 'support teams']);
    expect(phrases('Troubleshoot daily data processing issues')).toEqual(['Troubleshoot daily data processing issues']);
    expect(phrases('• Manage deployment of new releases')).toEqual(['Manage deployment of new releases']);
  });

  it('joins coordinated verbs and coordinated objects', () => {
    expect(phrases('Write and maintain technical documentation')).toEqual([
      'Write and maintain technical documentation',
    ]);
    expect(phrases('Design, build and manage a scalable platform')).toEqual([
      'Design, build and manage a scalable platform',
    ]);
    expect(phrases('Analyzes pain points and opportunities that matter')).toEqual([
      'Analyzes pain points and opportunities',
    ]);
  });

  it('starts after "to", "will", "\'ll" and "experience (in)"', () => {
    expect(phrases('You will gather and analyse data to improve decisions')).toEqual([
      'gather and analyse data',
      'improve decisions',
    ]);
    expect(phrases("You'll define a product roadmap with us")).toEqual(['define a product roadmap']);
    expect(phrases('Experience managing remote teams')).toEqual(['managing remote teams']);
  });

  it('ignores verbs in running prose and verbs without an object', () => {
    expect(phrases('Our team builds products that customers love.')).toEqual([]);
    expect(phrases('We design for everyone')).toEqual([]);
    expect(phrases('- Develop')).toEqual([]);
  });

  it('stays on one line', () => {
    expect(phrases('Build\nAPIs')).toEqual([]);
  });

  it('tells whether a span lies inside a phrase', () => {
    const text = 'Analyse business requirements. Python is a plus';
    const tasks = taskPhrases(text);
    expect(insideTask(tasks, text.indexOf('business'), text.indexOf('.'))).toBe(true);
    expect(insideTask(tasks, text.indexOf('Python'), text.indexOf('Python') + 6)).toBe(false);
  });
});
