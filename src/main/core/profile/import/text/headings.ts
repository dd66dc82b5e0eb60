/**
 * Section headings in English, German, French, Spanish, Portuguese, Russian, Chinese and Japanese, mapped to the profile section they open.
 * Matching is on a folded form (lowercase, no accents, no punctuation), so "WORK EXPERIENCE:",
 * "Berufserfahrung", "Expériences professionnelles" and "E X P E R I E N C E" all match.
 */

export type SectionKind =
  | 'summary'
  | 'work'
  | 'education'
  | 'skills'
  | 'projects'
  | 'languages'
  | 'certificates'
  | 'awards'
  | 'publications'
  | 'volunteer'
  | 'interests'
  | 'references'
  | 'contact'
  | 'other';

const HEADINGS: Record<Exclude<SectionKind, 'other'>, string[]> = {
  summary: [
    '个人简介', '自我评价', '个人总结', '个人概况', '简介', '职业概述', '个人优势', '自己pr', '自己紹介', '職務要約', '概要', '要約',
    'o sebe', 'о себе', 'профиль', 'резюме', 'sobre mim', 'resumo', 'profilo', 'profiel', 'samenvatting',
    'summary', 'professional summary', 'career summary', 'executive summary', 'profile', 'professional profile',
    'personal profile', 'about', 'about me', 'objective', 'career objective', 'overview', 'personal statement',
    'introduction', 'bio', 'profil', 'kurzprofil', 'zusammenfassung', 'uber mich', 'berufsprofil', 'resume',
    'a propos', 'a propos de moi', 'objectif', 'profil professionnel', 'perfil', 'resumen', 'sobre mi',
    'objetivo', 'perfil profesional', 'extracto', 'resumen profesional',
  ],
  work: [
    '工作经历', '工作经验', '工作履历', '职业经历', '实习经历', '工作經歷', '職歴', '職務経歴', '職務経歴詳細', '経歴', '職務内容',
    'опыт работы', 'опыт', 'профессиональный опыт', 'esperienza', 'esperienza professionale', 'esperienze lavorative', 'experiencia profissional', 'experiência profissional', 'werkervaring', 'ervaring',
    'experience', 'experiences', 'work experience', 'professional experience', 'employment', 'employment history',
    'work', 'work history', 'career history', 'relevant experience', 'career', 'professional background',
    'experience and employment', 'industry experience', 'job history', 'research experience', 'teaching experience',
    'internships', 'internship experience', 'military service', 'work and research experience', 'employment record',
    'berufserfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'praxiserfahrung', 'werdegang',
    'berufspraxis', 'arbeitserfahrung', 'experience professionnelle', 'experiences professionnelles',
    'parcours professionnel', 'parcours', 'experiencia', 'experiencia laboral', 'experiencia profesional',
    'historial laboral', 'trayectoria profesional',
  ],
  education: [
    '教育背景', '教育经历', '学历', '教育', '学歴', '学業', '学歴 研修', '研修',
    'образование', 'istruzione', 'istruzione e formazione', 'formação', 'formação acadêmica', 'educação', 'opleiding', 'opleidingen',
    'education', 'academic background', 'education and training', 'academic history', 'academics',
    'educational background', 'education history', 'qualifications', 'academic qualifications',
    'ausbildung', 'bildung', 'studium', 'bildungsweg', 'schulbildung', 'akademischer werdegang',
    'schul und berufsausbildung', 'fortbildung', 'fortbildungen', 'fort und weiterbildung', 'training courses', 'trainings', 'formation', 'formations', 'education et formation', 'etudes', 'diplomes',
    'formation academique', 'educacion', 'formacion', 'formacion academica', 'estudios',
  ],
  skills: [
    '专业技能', '技能', '技能特长', '技术栈', '技术能力', '技術スキル', 'スキル', '保有スキル', 'テクニカルスキル', '活かせる経験 知識 技術',
    'навыки', 'ключевые навыки', 'компетенции', 'competenze', 'competências', 'vaardigheden',
    'personal skills and competences', 'skills', 'technical skills', 'key skills', 'core skills', 'core competencies', 'competencies',
    'skills and expertise', 'areas of expertise', 'expertise', 'tech stack', 'technical proficiencies',
    'skills summary', 'skills and tools', 'skills and technologies', 'relevant skills', 'professional skills', 'skill set', 'skillset', 'it skills',
    'computer skills', 'technologies', 'tools and technologies', 'kenntnisse', 'fahigkeiten', 'kompetenzen',
    'fachkenntnisse', 'it kenntnisse', 'edv kenntnisse', 'fachliche kompetenzen', 'competences',
    'competences techniques', 'savoir faire', 'habilidades', 'competencias', 'conocimientos', 'aptitudes',
    'habilidades tecnicas',
  ],
  projects: [
    '项目经历', '项目经验', '项目', 'プロジェクト', '主なプロジェクト', 'プロジェクト経験', 'プロジェクト実績',
    'проекты', 'progetti', 'projetos', 'projecten',
    'projects', 'project', 'personal projects', 'selected projects', 'key projects', 'side projects',
    'academic projects', 'project experience', 'projekte', 'projets', 'projets personnels', 'proyectos',
  ],
  languages: [
    '语言能力', '语言', '外语能力', '語学', '語学力', '言語',
    'языки', 'знание языков', 'lingue', 'línguas', 'talen',
    'languages', 'language skills', 'language', 'sprachen', 'sprachkenntnisse', 'langues',
    'competences linguistiques', 'idiomas', 'lenguas',
  ],
  certificates: [
    '证书', '资格证书', '职业证书', '資格', '免許 資格', '資格 免許', '取得資格',
    'сертификаты', 'certificazioni', 'certificações', 'certificaten',
    'certifications', 'certificates', 'certification', 'licenses and certifications', 'licenses',
    'licenses certifications', 'courses and certifications', 'certifications and training',
    'zertifikate', 'zertifizierungen', 'weiterbildung', 'weiterbildungen', 'certificats', 'certificaciones',
    'certificados',
  ],
  awards: [
    '荣誉奖项', '获奖情况', '获奖经历', '荣誉', '受賞歴', '表彰',
    'достижения', 'награды',
    'awards', 'honors', 'honours', 'achievements', 'awards and honors', 'honors and awards', 'awards and honours',
    'scholarships', 'accomplishments', 'auszeichnungen', 'prix', 'distinctions', 'premios', 'logros',
  ],
  publications: [
    '发表论文', '论文', '論文', '発表論文', '著書 論文',
    'publications', 'selected publications', 'papers', 'publikationen', 'veroffentlichungen', 'publicaciones',
  ],
  volunteer: [
    '志愿者经历', '志愿服务', '社会实践', '校园经历', 'ボランティア', 'ボランティア活動', '課外活動',
    'volunteer', 'volunteering', 'volunteer experience', 'volunteer work', 'community service', 'leadership',
    'leadership experience', 'activities', 'extracurricular activities', 'leadership and activities',
    'involvement', 'campus involvement', 'community involvement', 'leadership and involvement', 'activities and involvement',
    'ehrenamt', 'ehrenamtliches engagement', 'engagement', 'benevolat', 'voluntariado',
  ],
  interests: [
    '兴趣爱好', '爱好', '趣味', '趣味 特技',
    'интересы', 'хобби', 'interessi', 'interesses', 'hobbys',
    'interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'personal interests',
    'interessen', 'hobbys', 'freizeit', 'centres dinteret', 'loisirs', 'intereses', 'aficiones',
  ],
  references: ['references', 'referees', 'referenzen', 'references professionnelles', 'referencias'],
  contact: [
    '联系方式', '个人信息', '基本信息', '联系信息', '連絡先', '個人情報', '基本情報',
    'контакты', 'контактная информация', 'contatti', 'contatos', 'contactgegevens',
    'contact', 'contact information', 'contact info', 'contact details', 'personal information',
    'personal details', 'personal data', 'profiles', 'social', 'links', 'online profiles', 'kontakt',
    'personliche daten', 'personliche angaben', 'coordonnees', 'informations personnelles', 'contacto',
    'datos personales', 'informacion personal',
  ],
};

/** Headings that are also ordinary words inside sections: accepted only with a visual cue. */
const WEAK = new Set(['work', 'other', 'others', 'additional', 'teaching', 'activities', 'leadership', 'talks', 'technologies', 'expertise', 'career', 'language', 'project', 'engagement', 'social',
  'links', 'bio', 'resume', 'parcours', 'experiencia', 'competencies', 'qualifications', 'profil', 'perfil',
  '教育', '项目', '概要', '研修', '言語', '语言', '荣誉', '爱好']);


/** Lowercase, drop accents and punctuation, collapse letter-spaced words ("E X P E R I E N C E"). */
export function foldHeading(text: string): string {
  // CJK numbering and brackets: "一、教育背景", "【工作经历】", "■ 職歴"
  let s = text.normalize('NFKC').replace(/^\s*[一二三四五六七八九十]+\s*[、.,]\s*/u, '').replace(/[【】〔〕［］「」『』◆◇■□●○]/gu, ' ');
  s = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  s = s.replace(/['’]/g, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (/^(\p{L} )+\p{L}$/u.test(s)) s = s.replace(/ /g, '');
  return s.replace(/\b(my|the|of|de|du|des|la|le|les|et|y|und|e)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Sections the profile has no place for; knowing them keeps their lines out of the section before. */
const OTHER = [
  'additional information', 'miscellaneous', 'coursework', 'relevant coursework', 'patents', 'talks',
  'invited talks', 'presentations', 'teaching', 'memberships', 'affiliations', 'professional memberships',
  'conferences', 'workshops', 'weitere informationen', 'sonstiges', 'informations complementaires', 'divers',
  'otros', 'informacion adicional', 'additional', 'others', 'other',
];

const LOOKUP = new Map<string, SectionKind>();
for (const n of OTHER) LOOKUP.set(foldHeading(n), 'other');
for (const [kind, names] of Object.entries(HEADINGS)) {
  for (const n of names) LOOKUP.set(foldHeading(n), kind as SectionKind);
}
const COMPACT = new Map<string, SectionKind>();
for (const [n, kind] of LOOKUP) COMPACT.set(n.replace(/ /g, ''), kind);
const WEAK_FOLDED = new Set([...WEAK].map(foldHeading));

export interface HeadingMatch {
  kind: SectionKind;
  /** False when the word is also common inside sections and needs a visual cue to count. */
  strong: boolean;
  /** Only part of the text is a heading word ("Programming Languages"): needs a strong visual cue. */
  partial?: boolean;
}

/** The section a heading text opens, or null when it is not a known heading. */
export function matchHeading(text: string): HeadingMatch | null {
  const raw = text.trim();
  if (!raw || raw.length > 60) return null;
  if (/[.!?]$/.test(raw) || /\d{3,}/.test(raw) || /@/.test(raw)) return null;
  const folded = foldHeading(raw.replace(/:\s*$/, ''));
  if (!folded || folded.split(' ').length > 6) return null;
  const kind = LOOKUP.get(folded) ?? COMPACT.get(folded.replace(/ /g, ''));
  if (kind) return { kind, strong: !WEAK_FOLDED.has(folded) };
  // "Professional Experience & Projects", "Skills & Tools": first known heading word group wins.
  const words = folded.split(' ');
  for (let len = Math.min(3, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const k = LOOKUP.get(words.slice(i, i + len).join(' '));
      if (k && !WEAK_FOLDED.has(words.slice(i, i + len).join(' ')) && words.length <= 4) return { kind: k, strong: false, partial: true };
    }
  }
  return null;
}
