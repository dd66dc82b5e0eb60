/**
 * Small vocabularies for synthetic CVs: people, employers, schools, titles, skills, bullet phrases,
 * and the words each language uses for headings, months and "present". Test data only.
 */

export type Lang = 'en' | 'de' | 'fr' | 'es';

export const FIRST = [
  'Anna',
  'Lukas',
  'Sofia',
  'Mateo',
  'Chloé',
  'Jonas',
  'Priya',
  'Omar',
  'Elena',
  'Tomás',
  'Hannah',
  'Noah',
  'Léa',
  'Diego',
  'Mia',
  'Kenji',
  'Amara',
  'Felix',
  'Isabel',
  'Ravi',
  'Zoe',
  'Marek',
  'Ingrid',
  'Samuel',
];
export const LAST = [
  'Schneider',
  'García',
  'Dubois',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Patel',
  'Novak',
  'Fischer',
  'Romero',
  'Bennett',
  'Kowalski',
  'Haddad',
  'Nakamura',
  'Ferreira',
  'Walsh',
  'Brandt',
  'Leclerc',
  'Santos',
  'Hughes',
];

/** Employers: some carry a legal form or a company word, some are bare brand names. */
export const COMPANIES = [
  'Northwind Traders',
  'Brightline GmbH',
  'Acme Analytics Inc.',
  'Helix Software',
  'Bluefin Labs',
  'Kestrel Systems',
  'Orion Logistics',
  'Vantage Health',
  'Lumen Energy AG',
  'Riverstone Bank',
  'Copperleaf',
  'Nordlicht Media',
  'Solaria Technologies',
  'Quantia Consulting',
  'Atelier Rouge SAS',
  'Grupo Meridiano',
  'Tessera Ltd',
  'Pinecrest Group',
  'Zephyr Mobility',
  'Hartmann & Söhne KG',
  'Cobalt Robotics',
  'Fjord Payments',
  'Maple Street Studio',
  'Evergreen Foods',
];

export interface Place {
  city: string;
  country: string;
}
export const PLACES: Place[] = [
  { city: 'Berlin', country: 'Germany' },
  { city: 'Munich', country: 'Germany' },
  { city: 'Hamburg', country: 'Germany' },
  { city: 'Paris', country: 'France' },
  { city: 'Lyon', country: 'France' },
  { city: 'Madrid', country: 'Spain' },
  { city: 'Barcelona', country: 'Spain' },
  { city: 'London', country: 'UK' },
  { city: 'Manchester', country: 'UK' },
  { city: 'Amsterdam', country: 'Netherlands' },
  { city: 'Vienna', country: 'Austria' },
  { city: 'Zurich', country: 'Switzerland' },
  { city: 'Toronto', country: 'Canada' },
  { city: 'Austin', country: 'TX' },
  { city: 'Seattle', country: 'WA' },
  { city: 'Boston', country: 'MA' },
  { city: 'Lisbon', country: 'Portugal' },
  { city: 'Dublin', country: 'Ireland' },
];

export const SCHOOLS = [
  'Technical University of Munich',
  'University of Edinburgh',
  'Universidad Complutense de Madrid',
  'Université de Lyon',
  'Humboldt University of Berlin',
  'University of Toronto',
  'Delft University of Technology',
  'ETH Zurich',
  'University of Manchester',
  'Politecnico di Milano',
  'Trinity College Dublin',
  'University of Texas at Austin',
  'Hochschule für Technik Stuttgart',
  'École Polytechnique',
  'Universidad de Barcelona',
  'King’s College London',
];

export const DEGREES: Record<Lang, string[]> = {
  en: [
    'Bachelor of Science',
    'Master of Science',
    'B.Sc.',
    'M.Sc.',
    'Bachelor of Arts',
    'Master of Arts',
    'MBA',
    'PhD',
  ],
  de: ['Bachelor of Science', 'Master of Science', 'Diplom', 'B.Sc.', 'M.Sc.'],
  fr: ['Master', 'Licence', 'Diplôme d’ingénieur', 'Master of Science'],
  es: ['Grado', 'Máster', 'Licenciatura', 'Master of Science'],
};
export const AREAS = [
  'Computer Science',
  'Economics',
  'Mechanical Engineering',
  'Data Science',
  'Business Administration',
  'Physics',
  'Mathematics',
  'Information Systems',
  'Marketing',
  'Electrical Engineering',
  'Psychology',
  'Industrial Design',
];

export const TITLES: Record<Lang, string[]> = {
  en: [
    'Software Engineer',
    'Senior Software Engineer',
    'Data Analyst',
    'Product Manager',
    'Marketing Specialist',
    'DevOps Engineer',
    'UX Designer',
    'Financial Analyst',
    'Project Manager',
    'Backend Developer',
    'Data Scientist',
    'Sales Representative',
    'Operations Manager',
    'Research Assistant',
    'Frontend Developer',
    'Account Manager',
  ],
  de: [
    'Softwareentwickler',
    'Projektleiter',
    'Werkstudent Data Analytics',
    'Senior Berater',
    'Teamleiter Vertrieb',
    'Data Scientist',
    'Software Engineer',
  ],
  fr: [
    'Développeur Full Stack',
    'Chef de projet',
    'Ingénieur logiciel',
    'Consultant SAP',
    'Analyste financier',
    'Data Scientist',
  ],
  es: [
    'Desarrollador Backend',
    'Jefe de proyecto',
    'Ingeniero de software',
    'Analista de datos',
    'Consultor de negocio',
    'Product Manager',
  ],
};

export const SKILL_GROUPS: Record<string, string[]> = {
  Languages: ['Python', 'TypeScript', 'Java', 'Go', 'SQL', 'C++', 'Rust', 'Kotlin', 'R', 'C#'],
  Frameworks: ['React', 'Django', 'Spring Boot', 'Node.js', 'FastAPI', 'Vue.js', 'Angular', 'Flask'],
  Tools: ['Docker', 'Kubernetes', 'Git', 'Terraform', 'Jenkins', 'Jira', 'Figma', 'Tableau', 'Airflow'],
  Cloud: ['AWS', 'Azure', 'Google Cloud', 'PostgreSQL', 'MongoDB', 'Redis', 'Kafka', 'Snowflake'],
  Methods: ['Scrum', 'Kanban', 'A/B Testing', 'Agile', 'TDD', 'Design Thinking', 'Lean'],
};
export const SKILL_GROUP_NAMES: Record<Lang, Record<string, string>> = {
  en: { Languages: 'Languages', Frameworks: 'Frameworks', Tools: 'Tools', Cloud: 'Cloud & Data', Methods: 'Methods' },
  de: {
    Languages: 'Programmiersprachen',
    Frameworks: 'Frameworks',
    Tools: 'Werkzeuge',
    Cloud: 'Cloud & Daten',
    Methods: 'Methoden',
  },
  fr: {
    Languages: 'Langages',
    Frameworks: 'Frameworks',
    Tools: 'Outils',
    Cloud: 'Cloud et données',
    Methods: 'Méthodes',
  },
  es: {
    Languages: 'Lenguajes',
    Frameworks: 'Frameworks',
    Tools: 'Herramientas',
    Cloud: 'Nube y datos',
    Methods: 'Métodos',
  },
};

export const VERBS = [
  'Led',
  'Built',
  'Designed',
  'Reduced',
  'Improved',
  'Migrated',
  'Launched',
  'Automated',
  'Negotiated',
  'Mentored',
  'Analysed',
  'Introduced',
];
export const OBJECTS = [
  'the customer onboarding flow',
  'a reporting pipeline for finance',
  'the internal billing service',
  'quarterly planning with three teams',
  'a test suite covering core payments',
  'the migration of legacy servers to the cloud',
  'a pricing experiment across two markets',
  'the hiring process for junior engineers',
  'a dashboard used by regional managers',
  'supplier contracts for the logistics unit',
  'the mobile checkout experience',
  'an alerting system for production incidents',
  'the data warehouse schema',
];
export const OUTCOMES = [
  'cutting costs by 18%',
  'saving 12 hours per week',
  'raising conversion by 7%',
  'with zero downtime',
  'ahead of schedule',
  'for 40,000 monthly users',
  'reducing errors by a third',
  'across four countries',
  'within a budget of 250k',
];

export const SUMMARIES = [
  'Analytical professional with {n} years of experience turning messy data into decisions that teams actually use.',
  'Engineer who enjoys building reliable systems, mentoring colleagues and shipping small improvements every week.',
  'Results-driven specialist with a track record in {field}, cross-functional collaboration and clear communication.',
  'Curious problem solver with {n} years in {field}, comfortable owning projects from discovery to delivery.',
];

export const PROJECTS = [
  ['Open Trails', 'A route planner for hikers built with public map data'],
  ['Budget Buddy', 'Personal finance tracker with automatic bank import'],
  ['Sensor Hub', 'Home automation gateway collecting readings from cheap sensors'],
  ['Recipe Graph', 'Search engine that suggests recipes from the contents of a fridge'],
  ['Tiny Compiler', 'Teaching compiler for a small functional language'],
  ['Volunteer Match', 'Web app connecting local charities with volunteers'],
];

export const HEADINGS: Record<
  Lang,
  Record<'summary' | 'work' | 'education' | 'skills' | 'projects' | 'contact', string[]>
> = {
  en: {
    summary: ['Summary', 'Profile', 'Professional Summary', 'About Me'],
    work: ['Experience', 'Work Experience', 'Professional Experience', 'Employment History', 'Work', 'Career'],
    education: ['Education', 'Academic Background', 'Education and Training'],
    skills: ['Skills', 'Technical Skills', 'Core Competencies', 'Skills & Tools'],
    projects: ['Projects', 'Selected Projects', 'Personal Projects'],
    contact: ['Contact', 'Contact Details'],
  },
  de: {
    summary: ['Profil', 'Kurzprofil', 'Über mich'],
    work: ['Berufserfahrung', 'Beruflicher Werdegang', 'Praxiserfahrung'],
    education: ['Ausbildung', 'Bildungsweg', 'Studium'],
    skills: ['Kenntnisse', 'Kompetenzen', 'Fähigkeiten'],
    projects: ['Projekte'],
    contact: ['Kontakt'],
  },
  fr: {
    summary: ['Profil', 'À propos'],
    work: ['Expérience professionnelle', 'Expériences professionnelles', 'Parcours professionnel'],
    education: ['Formation', 'Études', 'Diplômes'],
    skills: ['Compétences', 'Compétences techniques'],
    projects: ['Projets'],
    contact: ['Contact', 'Coordonnées'],
  },
  es: {
    summary: ['Perfil', 'Resumen', 'Sobre mí'],
    work: ['Experiencia laboral', 'Experiencia profesional', 'Experiencia'],
    education: ['Formación', 'Educación', 'Formación académica'],
    skills: ['Habilidades', 'Competencias', 'Conocimientos'],
    projects: ['Proyectos'],
    contact: ['Contacto'],
  },
};

export const MONTHS: Record<Lang, { long: string[]; short: string[] }> = {
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  de: {
    long: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    short: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  },
  fr: {
    long: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
  es: {
    long: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    short: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  },
};
export const PRESENT: Record<Lang, string[]> = {
  en: ['Present', 'Current', 'Now'],
  de: ['heute', 'Heute', 'aktuell'],
  fr: ['aujourd’hui', 'présent', 'Aujourd’hui'],
  es: ['actualidad', 'presente', 'Actualidad'],
};
export const TO_WORD: Record<Lang, string> = { en: 'to', de: 'bis', fr: 'à', es: 'a' };
export const AT_WORD: Record<Lang, string> = { en: 'at', de: 'bei', fr: 'chez', es: 'en' };

/** Headings of the sections the scorer does not read but real CVs carry (distractors for the parser). */
export const EXTRA_HEADINGS: Record<Lang, { certificates: string[]; languages: string[] }> = {
  en: { certificates: ['Certifications', 'Certificates', 'Licenses & Certifications'], languages: ['Languages'] },
  de: { certificates: ['Zertifikate', 'Zertifizierungen'], languages: ['Sprachen', 'Sprachkenntnisse'] },
  fr: { certificates: ['Certifications'], languages: ['Langues'] },
  es: { certificates: ['Certificaciones', 'Certificados'], languages: ['Idiomas'] },
};
export const CERTIFICATES = [
  'AWS Certified Solutions Architect – Associate',
  'Professional Scrum Master I',
  'Google Analytics Certification',
  'PMP – Project Management Professional',
  'Certified Kubernetes Administrator',
  'Microsoft Azure Fundamentals (AZ-900)',
];
export const LANGUAGE_LINES: Record<Lang, string[]> = {
  en: ['English (native)', 'German (C1)', 'Spanish – B2', 'French: conversational'],
  de: ['Deutsch (Muttersprache)', 'Englisch (C1)', 'Französisch – B1'],
  fr: ['Français (langue maternelle)', 'Anglais (C1)', 'Espagnol – B2'],
  es: ['Español (nativo)', 'Inglés (C1)', 'Alemán – B1'],
};
/** Icons set before contact items: text symbols and Font Awesome private-use code points. */
export const CONTACT_ICONS = [
  ['✉', '☎', '⌂', '🔗'],
  ['\uf0e0', '\uf095', '\uf041', '\uf0c1'],
];
