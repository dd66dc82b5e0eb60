import { getTaxonomy } from './taxonomy/taxonomy';

/**
 * "Having Y shows X": a profile with Amazon S3 covers a job asking for AWS, PostgreSQL covers SQL.
 * Cloud services imply their platform by name; the rest is this hand-made list (child: parents).
 */
const IMPLIES: Record<string, string[]> = {
  'Next.js': ['React', 'JavaScript'],
  'React Native': ['React', 'Mobile Development'],
  Redux: ['React'],
  React: ['JavaScript', 'Frontend Development'],
  'Vue.js': ['JavaScript', 'Frontend Development'],
  'Nuxt.js': ['Vue.js'],
  Angular: ['TypeScript', 'Frontend Development'],
  Svelte: ['JavaScript'],
  TypeScript: ['JavaScript'],
  'Node.js': ['JavaScript', 'Backend Development'],
  'Express.js': ['Node.js'],
  NestJS: ['Node.js', 'TypeScript'],
  'Spring Boot': ['Spring', 'Java'],
  Spring: ['Java'],
  Hibernate: ['Java'],
  Kotlin: ['Android'],
  Django: ['Python', 'Backend Development'],
  Flask: ['Python'],
  FastAPI: ['Python'],
  Pandas: ['Python', 'Data Analysis'],
  NumPy: ['Python'],
  PyTorch: ['Deep Learning', 'Machine Learning', 'Python'],
  TensorFlow: ['Deep Learning', 'Machine Learning'],
  Keras: ['Deep Learning'],
  'scikit-learn': ['Machine Learning', 'Python'],
  'Deep Learning': ['Machine Learning'],
  'Ruby on Rails': ['Ruby'],
  Laravel: ['PHP'],
  Symfony: ['PHP'],
  'ASP.NET': ['.NET'],
  'ASP.NET Core': ['.NET', 'ASP.NET'],
  'Entity Framework': ['.NET'],
  'C#': ['.NET'],
  Flutter: ['Dart', 'Mobile Development'],
  SwiftUI: ['Swift', 'iOS'],
  Kubernetes: ['Containers'],
  Docker: ['Containers'],
  OpenShift: ['Kubernetes'],
  Helm: ['Kubernetes'],
  Terraform: ['Infrastructure as Code'],
  Pulumi: ['Infrastructure as Code'],
  'AWS CloudFormation': ['Infrastructure as Code'],
  Ansible: ['Configuration Management'],
  Jenkins: ['CI/CD', 'Continuous Integration'],
  'GitHub Actions': ['CI/CD', 'Continuous Integration'],
  'GitLab CI': ['CI/CD', 'Continuous Integration'],
  CircleCI: ['CI/CD', 'Continuous Integration'],
  'Continuous Integration': ['CI/CD'],
  PostgreSQL: ['SQL', 'Relational Databases', 'Databases'],
  MySQL: ['SQL', 'Relational Databases', 'Databases'],
  'Microsoft SQL Server': ['SQL', 'Relational Databases', 'Databases'],
  'Oracle Database': ['SQL', 'Relational Databases', 'Databases'],
  SQLite: ['SQL', 'Relational Databases'],
  'T-SQL': ['SQL'],
  'PL/SQL': ['SQL'],
  MongoDB: ['NoSQL', 'Databases'],
  Cassandra: ['NoSQL'],
  Redis: ['NoSQL', 'Caching'],
  'Apache Kafka': ['Message Queues', 'Stream Processing'],
  RabbitMQ: ['Message Queues'],
  'Apache Spark': ['Big Data'],
  'Apache Hadoop': ['Big Data'],
  Scrum: ['Agile'],
  Kanban: ['Agile'],
  SAFe: ['Agile'],
  Tableau: ['Data Visualization', 'Business Intelligence'],
  'Power BI': ['Data Visualization', 'Business Intelligence'],
  Jest: ['Unit Testing', 'Automated Testing'],
  Pytest: ['Unit Testing', 'Automated Testing'],
  JUnit: ['Unit Testing', 'Automated Testing'],
  Cypress: ['End-to-End Testing', 'Automated Testing'],
  Playwright: ['End-to-End Testing', 'Automated Testing'],
  Selenium: ['Automated Testing'],
  'Test-Driven Development': ['Unit Testing'],
  Git: ['Version Control'],
  GitHub: ['Git'],
  GitLab: ['Git'],
  Bitbucket: ['Git'],
  Figma: ['User Interface Design'],
  'Microsoft Excel': ['Microsoft Office'],
  'Microsoft Word': ['Microsoft Office'],
  'Microsoft PowerPoint': ['Microsoft Office'],
  Ubuntu: ['Linux'],
  'Red Hat Enterprise Linux': ['Linux'],
  CentOS: ['Linux'],
  Debian: ['Linux'],
  Bash: ['Scripting', 'Linux'],
  PowerShell: ['Scripting'],
  'Amazon Web Services': ['Cloud Computing'],
  'Microsoft Azure': ['Cloud Computing'],
  'Google Cloud Platform': ['Cloud Computing'],
  'Large Language Models': ['Natural Language Processing', 'Machine Learning'],
  'Natural Language Processing': ['Machine Learning'],
  'Computer Vision': ['Machine Learning'],
  'People Management': ['Leadership'],
  'Technical Leadership': ['Leadership'],
  Mentoring: ['Leadership'],
};

const PLATFORM_PREFIXES: [RegExp, string][] = [
  [/^(Amazon |AWS )/, 'Amazon Web Services'],
  [/^Azure |^Microsoft (Defender|Sentinel|Entra)/, 'Microsoft Azure'],
  [
    /^(Google (Cloud|Compute|Kubernetes|App Engine|BigQuery|Bigtable)|Vertex AI|Apigee|Anthos)/,
    'Google Cloud Platform',
  ],
];

let closure: Map<string, string[]> | null = null;

/** Every skill that having `name` implies, transitively (not including `name` itself). */
export function impliedBy(name: string): string[] {
  if (!closure) closure = buildClosure();
  return closure.get(name) ?? [];
}

function directParents(name: string, category: string): string[] {
  const out = [...(IMPLIES[name] ?? [])];
  if (category === 'cloud')
    for (const [re, parent] of PLATFORM_PREFIXES) if (re.test(name) && parent !== name) out.push(parent);
  return out;
}

function buildClosure(): Map<string, string[]> {
  const taxonomy = getTaxonomy();
  const map = new Map<string, string[]>();
  for (const skill of taxonomy.skills) {
    const seen = new Set<string>();
    const queue = directParents(skill.name, skill.category);
    while (queue.length) {
      const next = queue.shift()!;
      if (seen.has(next) || next === skill.name) continue;
      seen.add(next);
      const parent = taxonomy.byName.get(next.toLowerCase());
      queue.push(...directParents(next, parent?.category ?? ''));
    }
    if (seen.size) map.set(skill.name, [...seen]);
  }
  return map;
}

/** Names in the relation table that the taxonomy does not know (kept empty by a test). */
export function unknownRelationNames(): string[] {
  const taxonomy = getTaxonomy();
  const names = new Set<string>();
  for (const [child, parents] of Object.entries(IMPLIES)) for (const n of [child, ...parents]) names.add(n);
  return [...names].filter((n) => !taxonomy.byName.has(n.toLowerCase())).sort();
}
