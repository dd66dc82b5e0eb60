import { describe, expect, it } from 'vitest';
import { pageLines } from './page-lines';
import { readVisibleFacts } from './visible-facts';

describe('facts the page shows', () => {
  it('reads labelled lines, chips and the place line under the heading, and skips other jobs', () => {
    const html = `<h1>Analista de Datos</h1><p>Ciudad: Bogotá, Colombia</p><dl><dt>Tipo de jornada</dt><dd>Jornada completa</dd></dl>
<ul><li>Híbrido</li></ul><p>Rango salarial: 6.000.000 COP – 8.000.000 COP al mes</p><p>Publicado el 03/11/2026</p>
<section><h2>Empleos similares</h2><p>Remoto</p><p>Salario: 1 COP al año</p></section>`;
    const facts = readVisibleFacts(pageLines(html));
    expect(facts).toMatchObject({
      heading: 'Analista de Datos',
      location: 'Bogotá, Colombia',
      locationLabelled: true,
      employmentType: 'full_time',
      statedRemote: 'hybrid',
      postedAt: '2026-11-03',
    });
    expect(facts.salary).toEqual({ min: 6000000, max: 8000000, currency: 'COP', period: 'month' });
  });

  it('reads a LinkedIn-like header without labels, and a label that is not a statement', () => {
    const linkedin = readVisibleFacts(
      pageLines(
        '<h1>データエンジニア</h1><div>東京都 · 2 weeks ago · 40 applicants</div><span>リモート</span><span>正社員</span>',
      ),
    );
    expect(linkedin).toMatchObject({ location: '東京都', statedRemote: 'remote', employmentType: 'full_time' });
    const workday = readVisibleFacts(pageLines('<h1>Engineer</h1><dl><dt>remote type</dt><dd>On-site</dd></dl>'));
    expect(workday.statedRemote).toBe('onsite');
  });
});
