import { describe, expect, it } from 'vitest';
import { analyzeJob } from './analyze-job';

const strengths = (title: string, text: string) =>
  Object.fromEntries(analyzeJob({ title, text }).requirements.map((r) => [r.name, r.strength]));

describe('analyzeJob: strength', () => {
  it('reads strength from section headings', () => {
    const text =
      'What you will do\nBuild APIs in Java.\n\nMust have:\n- Kotlin\n- PostgreSQL\n\nNice to have:\n- Kafka\n- Terraform\n\nBenefits\n- Free Docker stickers';
    expect(strengths('Engineer', text)).toEqual({
      Kotlin: 'required',
      PostgreSQL: 'required',
      'Apache Kafka': 'preferred',
      Terraform: 'preferred',
      'API Design': 'mentioned',
      Java: 'mentioned',
    });
  });

  it('reads strength from phrases in the sentence', () => {
    expect(strengths('', 'Strong Python skills are essential; AWS is a plus.')).toEqual({
      Python: 'required',
      'Amazon Web Services': 'preferred',
    });
    expect(strengths('', 'You must have React experience, and ideally some GraphQL.')).toEqual({
      React: 'required',
      GraphQL: 'preferred',
    });
    expect(strengths('', 'Bonus: Rust. Preferred: Go.')).toEqual({ Rust: 'preferred', Go: 'preferred' });
    expect(strengths('', 'Our team uses Jira and Slack.')).toEqual({ Jira: 'mentioned', Slack: 'mentioned' });
  });

  it('lets an explicit "must" win under a nice-to-have heading and "plus" win under requirements', () => {
    const text = 'Requirements\n- Java\n- Scala would be a plus\n\nNice to have\n- Spark\n- must have Docker';
    expect(strengths('', text)).toEqual({
      Java: 'required',
      Scala: 'preferred',
      'Apache Spark': 'preferred',
      Docker: 'required',
    });
  });

  it('treats skills from the title as required and ignores benefits and company blurbs', () => {
    const text =
      'About us\nWe are a fintech using Salesforce.\n\nRequirements\n- SQL\n\nWhat we offer\n- Mental health days, compensation reviews';
    expect(strengths('Senior Java Developer', text)).toEqual({ Java: 'required', SQL: 'required' });
  });
});

describe('analyzeJob: facets', () => {
  const text = `Location: Zurich, Switzerland (hybrid)
Salary: CHF 120k - 140k per year

Requirements:
- 5+ years of experience in backend development
- 3 years of Go and two years with Kubernetes
- Master's degree in Computer Science or related field
- Fluent German; English is a plus`;
  const a = analyzeJob({ title: 'Staff Backend Engineer', text });

  it('reads years per skill and overall', () => {
    const years = Object.fromEntries(a.requirements.map((r) => [r.name, r.years]));
    expect(years).toMatchObject({ 'Backend Development': 5, Go: 3, Kubernetes: 2 });
    expect(a.yearsRequired).toBe(5);
  });

  it('reads seniority, education, spoken languages, location and salary', () => {
    expect(a.seniority).toBe('lead');
    expect(a.education).toEqual({
      level: 'master',
      fields: ['Computer Science'],
      strength: 'required',
      orEquivalent: false,
    });
    expect(a.spokenLanguages).toEqual([
      { language: 'German', strength: 'required' },
      { language: 'English', strength: 'preferred' },
    ]);
    expect(a.location).toEqual({ workMode: 'hybrid', places: ['Zurich, Switzerland (hybrid)'] });
    expect(a.salary).toMatchObject({ min: 120000, max: 140000, currency: 'CHF', period: 'year' });
  });

  it('gives offsets into the text exactly as read', () => {
    for (const s of a.skills) expect(text.slice(s.start, s.end).length).toBe(s.end - s.start);
    const go = a.skills.find((s) => s.name === 'Go')!;
    expect(text.slice(go.start, go.end)).toBe('Go');
  });

  it('keeps a skill named in an occupation as a requirement but not as a skill span', () => {
    const a = analyzeJob({ title: '', text: 'We are looking for senior Java developers.\nRequirements: Kubernetes' });
    expect(a.requirements.map((r) => r.name)).toEqual(expect.arrayContaining(['Java', 'Kubernetes']));
    expect(a.skills.map((s) => s.name)).toEqual(['Kubernetes']);
  });

  it('reports task phrases as skill spans and folds business mentions into them', () => {
    const text = 'What you will do\n- Analyse business requirements\n- Build APIs in Java';
    const a = analyzeJob({ title: '', text });
    expect(a.skills.map((s) => [text.slice(s.start, s.end), s.category])).toEqual([
      ['Analyse business requirements', 'task'],
      ['Build APIs', 'task'],
      ['Java', 'language'],
    ]);
    expect(a.requirements.map((r) => r.name)).toEqual(['Requirements Gathering', 'API Design', 'Java']);
    const perks = 'Benefits\n- Support with visa applications\n- Build skills at our academy';
    expect(analyzeJob({ title: '', text: perks }).skills.filter((s) => s.category === 'task')).toEqual([]);
  });

  it('copes with empty, huge and hostile text', () => {
    expect(analyzeJob({ title: '', text: '' }).requirements).toEqual([]);
    const huge = 'Python, '.repeat(20_000) + '\u0000\uFFFF'.repeat(100);
    expect(analyzeJob({ title: 'x', text: huge }).requirements.map((r) => r.name)).toEqual(['Python']);
  });
});
