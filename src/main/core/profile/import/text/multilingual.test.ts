import { describe, expect, it } from 'vitest';
import { readPlainText } from './read-plain-text';

const FRENCH = `Claire Dubois
Ingénieure logiciel
claire.dubois@exemple.fr · +33 6 12 34 56 78 · Lyon, France

PROFIL
Ingénieure logiciel avec 7 ans d'expérience dans le développement d'applications web.

EXPÉRIENCE PROFESSIONNELLE
Développeuse principale — Société Générale, Paris
Sept. 2019 – aujourd'hui
• Conception d'une plateforme de paiement en temps réel
• Encadrement d'une équipe de quatre développeurs

Stagiaire développement — Capgemini
févr. 2018 – août 2018
• Migration d'une application vers Kubernetes

FORMATION
Master Informatique — Université Claude Bernard Lyon 1
2016 – 2018

COMPÉTENCES
Langages : Java, Kotlin, TypeScript
Outils : Docker, Git, Jenkins

LANGUES
Français : langue maternelle
Anglais : courant (C1)
`;

const SPANISH = `Javier López Martín
Analista de Datos
javier.lopez@correo.es | 612 345 678 | Madrid, España

Experiencia profesional
Analista de datos senior en BBVA (Madrid)
enero 2020 - actualidad
- Diseño de modelos de riesgo crediticio con Python
- Automatización de informes en Power BI

Formación académica
Grado en Matemáticas, Universidad Complutense de Madrid, 2012 - 2016

Habilidades
Python, SQL, Power BI, Tableau

Idiomas
Español (nativo), Inglés (C1)
`;

describe('CVs in French and Spanish', () => {
  it('reads a French CV: accented headings, feminine titles, "Title — Company, City"', () => {
    const { profile } = readPlainText(FRENCH, 'txt');
    expect(profile.basics).toMatchObject({
      name: 'Claire Dubois',
      label: 'Ingénieure logiciel',
      phone: '+33 6 12 34 56 78',
    });
    expect(profile.work.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ['Société Générale', 'Développeuse principale', 'Paris', '2019-09', undefined],
      ['Capgemini', 'Stagiaire développement', undefined, '2018-02', '2018-08'],
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Université Claude Bernard Lyon 1',
      startDate: '2016',
      endDate: '2018',
    });
    expect(profile.skills.map((s) => s.name)).toEqual(['Langages', 'Outils']);
    expect(profile.languages.map((l) => [l.language, l.fluency])).toEqual([
      ['Français', 'langue maternelle'],
      ['Anglais', 'courant (C1)'],
    ]);
  });

  it('reads a Spanish CV: "Puesto en Empresa (Ciudad)", degrees and plain skill lists', () => {
    const { profile } = readPlainText(SPANISH, 'txt');
    expect(profile.work[0]).toMatchObject({
      name: 'BBVA',
      position: 'Analista de datos senior',
      location: 'Madrid',
      startDate: '2020-01',
    });
    expect(profile.education[0]).toMatchObject({
      institution: 'Universidad Complutense de Madrid',
      studyType: 'Grado',
      area: 'Matemáticas',
    });
    expect(profile.skills.map((s) => s.name)).toEqual(['Python', 'SQL', 'Power BI', 'Tableau']);
    expect(profile.languages.map((l) => l.language)).toEqual(['Español', 'Inglés']);
  });

  it('survives hostile input: a 200 000 character line without spaces', () => {
    const { profile } = readPlainText(`Jane Roe\n${'a'.repeat(200_000)}\n`, 'txt');
    expect(profile.basics.name).toBe('Jane Roe');
  });
});
