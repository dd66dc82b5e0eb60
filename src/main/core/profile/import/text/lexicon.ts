/** Words that tell a job title from an employer, and a school from a degree (EN/DE/FR/ES). */

const TITLE_WORDS = [
  'engineer',
  'engineering',
  'developer',
  'manager',
  'intern',
  'internship',
  'founder',
  'co-founder',
  'cofounder',
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cio',
  'vp',
  'president',
  'director',
  'lead',
  'head',
  'analyst',
  'consultant',
  'researcher',
  'assistant',
  'associate',
  'scientist',
  'designer',
  'architect',
  'administrator',
  'specialist',
  'officer',
  'coordinator',
  'accountant',
  'teacher',
  'professor',
  'lecturer',
  'tutor',
  'editor',
  'writer',
  'technician',
  'programmer',
  'sre',
  'representative',
  'advisor',
  'adviser',
  'strategist',
  'owner',
  'partner',
  'fellow',
  'postdoc',
  'student',
  'trainee',
  'apprentice',
  'clerk',
  'nurse',
  'physician',
  'attorney',
  'lawyer',
  'agent',
  'supervisor',
  'executive',
  'chief',
  'principal',
  'staff',
  'senior',
  'junior',
  'sr',
  'jr',
  'controller',
  'auditor',
  'bookkeeper',
  'marketer',
  'recruiter',
  'producer',
  'operator',
  'mechanic',
  'electrician',
  'chef',
  'cashier',
  'secretary',
  'receptionist',
  'instructor',
  'trainer',
  'therapist',
  'pharmacist',
  'planner',
  'buyer',
  'freelance',
  'freelancer',
  'contractor',
  'volunteer',
  'member',
  'scrum',
  'devops',
  'reliability',
  'support',
  'entwickler',
  'softwareentwickler',
  'ingenieur',
  'leiter',
  'berater',
  'praktikant',
  'werkstudent',
  'mitarbeiter',
  'referent',
  'sachbearbeiter',
  'geschaftsfuhrer',
  'projektleiter',
  'teamleiter',
  'wissenschaftlicher',
  'developpeur',
  'ingenieur',
  'stagiaire',
  'responsable',
  'directeur',
  'charge',
  'analyste',
  'alternant',
  'chef',
  'desarrollador',
  'ingeniero',
  'gerente',
  'jefe',
  'consultor',
  'analista',
  'becario',
  'practicante',
  'developpeuse',
  'ingenieure',
  'directrice',
  'consultante',
  'cheffe',
  'chargee',
  'assistante',
  'redactrice',
  'desarrolladora',
  'ingeniera',
  'consultora',
  'directora',
  'jefa',
  'becaria',
  'tecnico',
  'tecnica',
  'programador',
  'programadora',
  'coordinador',
  'coordinadora',
  'administrador',
  'administradora',
  'disenador',
  'disenadora',
];
const COMPANY_WORDS = [
  'inc',
  'llc',
  'ltd',
  'gmbh',
  'ag',
  'corp',
  'corporation',
  'company',
  'co',
  'group',
  'labs',
  'lab',
  'solutions',
  'technologies',
  'technology',
  'systems',
  'university',
  'bank',
  'partners',
  'consulting',
  'services',
  'agency',
  'studio',
  'studios',
  'sa',
  'sarl',
  'sas',
  'bv',
  'plc',
  'foundation',
  'institute',
  'organization',
  'organisation',
  'ai',
  'research',
  'college',
  'hospital',
  'ministry',
  'council',
  'commission',
  'association',
  'network',
  'software',
  'media',
  'capital',
  'holdings',
  'industries',
  'financial',
  'management',
  'school',
  'gmbh & co kg',
];
const INSTITUTION_WORDS = [
  'university',
  'universitat',
  'universidad',
  'universite',
  'universita',
  'college',
  'school',
  'institute',
  'institut',
  'instituto',
  'academy',
  'akademie',
  'hochschule',
  'fachhochschule',
  'polytechnic',
  'politecnico',
  'ecole',
  'lycee',
  'gymnasium',
  'escuela',
  'campus',
  'conservatory',
  'iit',
  'mit',
  'eth',
  'epfl',
  'tu',
  'uni',
  'faculty',
  'fakultat',
  'facultad',
  'faculte',
  'bootcamp',
];
const CJK_DEGREE_RE = /(学士|硕士|碩士|博士|修士|本科|大专|专科|研究生|学位|MBA)/u;
const DEGREE_RE =
  /\b(bachelor|bachelors|master|masters|ph\.?\s?d|doctor|doctorate|doktor|mba|b\.?\s?sc?|m\.?\s?sc?|b\.?\s?a|m\.?\s?a|b\.?\s?eng|m\.?\s?eng|mphil|bs|ba|ms|ma|bsc|msc|beng|meng|llb|llm|md|diploma|diplom|degree|associate|associates|licence|licenciatura|licenciado|grado|master|maestria|máster|abitur|baccalaureat|bac|a[- ]levels?|ged|high school|hnd|certificate|magister|staatsexamen|ausbildung|dut|bts|dea|dess|ingeniero|ingenieur)\b/i;

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&\- ]+/gu, ' ');

/** German compounds and feminine forms: "Softwareentwicklerin" is a title because "entwickler" is. */
function compoundHit(w: string, set: Set<string>): boolean {
  if (w.length < 7) return false;
  const stem = w.endsWith('in') && set.has(w.slice(0, -2)) ? w.slice(0, -2) : w;
  if (stem !== w) return true;
  for (const t of set) if (t.length >= 5 && (w.endsWith(t) || w.endsWith(`${t}in`))) return true;
  return false;
}

const countHits = (s: string, set: Set<string>, compounds = false): number => {
  const ws = fold(s)
    .split(/[\s-]+/)
    .filter(Boolean);
  let n = 0;
  for (const w of ws) if (set.has(w) || (compounds && compoundHit(w, set))) n++;
  return n;
};

const TITLES = new Set(TITLE_WORDS);
const COMPANIES = new Set(COMPANY_WORDS);
const INSTITUTIONS = new Set(INSTITUTION_WORDS);

/** Chinese and Japanese write words without spaces: their lexicon matches inside the text. */
const CJK_TITLE_RE =
  /工程师|经理|总监|开发|设计师|主管|专员|顾问|分析师|架构师|实习生|教师|会计|组长|主任|总裁|エンジニア|マネージャー|デザイナー|開発者|担当|部長|課長|リーダー|コンサルタント|アナリスト/gu;
const CJK_COMPANY_RE = /有限公司|公司|集团|科技|銀行|银行|株式会社|有限会社|合同会社|グループ|商事|研究所|事務所/gu;
const CJK_INSTITUTION_RE = /大学|大學|学院|學院|高等学校|高校|专科|研究生院|大学院|専門学校/gu;
const cjkHits = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/** Positive when the text reads like a job title, negative when it reads like an employer. */
export function titleScore(s: string): number {
  return (
    countHits(s, TITLES, true) + cjkHits(s, CJK_TITLE_RE) - (countHits(s, COMPANIES) + cjkHits(s, CJK_COMPANY_RE)) * 0.9
  );
}

export function institutionScore(s: string): number {
  return countHits(s, INSTITUTIONS, true) + cjkHits(s, CJK_INSTITUTION_RE);
}

export function isDegree(s: string): boolean {
  return DEGREE_RE.test(s) || CJK_DEGREE_RE.test(s);
}

/** "Bachelor of Science in Computer Science" -> study type + area. */
export function splitDegree(s: string): { studyType: string; area?: string } {
  const t = s.trim();
  const m = t.match(/^(.*?\S)\s+(?:in|en|im|de)\s+(.+)$/i);
  if (
    m &&
    isDegree(m[1]!) &&
    !/^(science|arts|engineering|business|fine arts|laws|philosophy|education)\b/i.test(m[2]!)
  ) {
    return { studyType: m[1]!.trim(), area: m[2]!.trim() };
  }
  const parts = t.split(/\s*[,–—:]\s*|\s+-\s+/).filter(Boolean);
  if (parts.length > 1 && isDegree(parts[0]!)) return { studyType: parts[0]!, area: parts.slice(1).join(', ') };
  return { studyType: t };
}

export const LEVEL_RE =
  /^(beginner|novice|elementary|basic|intermediate|advanced|expert|proficient|professional|native|native speaker|mother tongue|fluent|bilingual|conversational|working proficiency|full professional proficiency|limited working proficiency|master|grundkenntnisse|gut|sehr gut|fließend|fliessend|muttersprache|verhandlungssicher|débutant|intermédiaire|avancé|courant|langue maternelle|bilingue|básico|intermedio|avanzado|nativo|lengua materna|[abc][12](?:\s*\(.*\))?)$/i;
