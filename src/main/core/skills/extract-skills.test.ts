import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract-skills';
import { getTaxonomy } from './taxonomy/taxonomy';

const found = (text: string) => extractSkills(text).map((m) => [text.slice(m.start, m.end), m.name]);
const names = (text: string) => extractSkills(text).map((m) => m.name);

describe('extractSkills: tricky tokens', () => {
  it('keeps C, C++, C# and .NET apart and whole', () => {
    expect(found('Skills: C, C++, C# and .NET (ASP.NET Core).')).toEqual([
      ['C', 'C'],
      ['C++', 'C++'],
      ['C#', 'C#'],
      ['.NET', '.NET'],
      ['ASP.NET Core', 'ASP.NET Core'],
    ]);
  });

  it('never splits Node.js or React.js and normalises their spellings', () => {
    expect(names('Node.js, NodeJS, node js; React.js, ReactJS, React')).toEqual([
      'Node.js',
      'Node.js',
      'Node.js',
      'React',
      'React',
      'React',
    ]);
  });

  it('normalises Go/Golang, k8s/Kubernetes, CI/CD and AWS services', () => {
    expect(names('Services in Go (Golang) on k8s and Kubernetes with CI/CD to AWS Lambda, Amazon S3 and EC2')).toEqual([
      'Go',
      'Go',
      'Kubernetes',
      'Kubernetes',
      'CI/CD',
      'AWS Lambda',
      'Amazon S3',
      'Amazon EC2',
    ]);
  });

  it('keeps one-letter skills in a technical context', () => {
    expect(names('Experience in R is a plus')).toEqual(['R']);
    expect(names('Languages: Python, R, SQL')).toEqual(['Python', 'R', 'SQL']);
    expect(names('We write C and Rust')).toEqual(['C', 'Rust']);
  });

  it('ignores the English words "go", "R", "C" in prose', () => {
    expect(names('Let us go for it. Go to the office every day.')).toEqual([]);
    expect(names('Our R&D team in Washington D.C. works with C-level executives.')).toEqual([]);
    expect(names('Spring is here and we excel at swift delivery.')).toEqual([]);
    expect(names('Polish your skills; fluent in Polish and English.')).toEqual(['Polish', 'English']);
  });

  it('accepts lower-case ambiguous names only in a list of skills', () => {
    expect(names('java spring hibernate go')).toEqual(['Java', 'Spring', 'Hibernate', 'Go']);
    expect(names('please go to spring training')).toEqual([]);
  });

  it('reports offsets into the text exactly as given', () => {
    const text = 'Über-team 🚀 needs\tC++  and Node.js\r\nand .NET';
    for (const m of extractSkills(text)) expect(m.name).toBeTruthy();
    expect(extractSkills(text).map((m) => text.slice(m.start, m.end))).toEqual(['C++', 'Node.js', '.NET']);
  });

  it('does not read skills out of addresses', () => {
    expect(names('See https://github.com/acme/kafka-tools or mail jobs@python.org')).toEqual([]);
  });
});

describe('taxonomy', () => {
  it('ships thousands of skills with unique canonical names and aliases', () => {
    const t = getTaxonomy();
    expect(t.skills.length).toBeGreaterThan(3000);
    expect(new Set(t.skills.map((s) => s.name.toLowerCase())).size).toBe(t.skills.length);
    const categories = new Set(t.skills.map((s) => s.category));
    for (const c of ['language', 'framework', 'cloud', 'soft', 'certification', 'spoken_language'])
      expect(categories).toContain(c);
  });
});
