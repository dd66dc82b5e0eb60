/**
 * Typst templates that print a ClassDoc the way each CV class does: column widths, date placement,
 * heading styles and bullet glyphs of moderncv, Awesome-CV, Deedy, the 2002–2012 Europass, a tabular
 * Lebenslauf, a Word CV, and Chinese and Japanese CVs. Data comes in as JSON (`sys.inputs.data`),
 * never spliced into the source. Test data only.
 */
import type { CvClass } from './cv-classes';

const PRELUDE = `
#let d = json(bytes(sys.inputs.data))
#set page(paper: "a4", margin: (x: 1.7cm, y: 1.6cm))
#set text(font: (d.font, "Noto Sans", "Noto Sans SC", "Noto Sans JP"), size: 10pt, lang: d.lang)
#set par(justify: false, leading: 0.55em)
#let bullets(xs) = if xs.len() > 0 { list(marker: d.bullet, ..xs.map(x => [#x])) }
#let skillrows(s) = for r in s.rows { if r.at(0) != "" [*#r.at(0):* #r.at(1) \\ ] else [#r.at(1) \\ ] }
`;

const MODERNCV = `${PRELUDE}
#let blue = rgb("#3873b3")
#grid(columns: (1fr, auto), [#text(size: 26pt, fill: blue, d.name) \\ #text(size: 13pt, style: "italic", fill: luma(90), d.label)],
  align(right, text(size: 9pt, d.contacts.join(linebreak()))))
#let row(l, r) = grid(columns: (24%, 1fr), column-gutter: 11pt, align(right, text(size: 9pt, l)), r)
#for s in d.sections {
  v(0.8em)
  grid(columns: (24%, 1fr), column-gutter: 11pt, align(horizon, line(length: 100%, stroke: 3pt + blue)), text(size: 13pt, fill: blue, s.heading))
  v(0.3em)
  if s.text != "" { row([], s.text) }
  for e in s.entries {
    row(e.dates, [*#e.title*#if e.org != "" [, #emph(e.org)]#if e.loc != "" [, #e.loc]. #bullets(e.bullets)])
    v(0.4em)
  }
  for r in s.rows { row(r.at(0), r.at(1)) }
}
`;

const AWESOME = `${PRELUDE}
#let accent = rgb("#dc3522")
#align(center)[#text(size: 28pt, weight: "light", d.name.split(" ").at(0)) #text(size: 28pt, weight: "bold", d.name.split(" ").slice(1).join(" ")) \\
  #text(size: 9pt, fill: accent, smallcaps(d.label)) \\ #text(size: 8pt, d.contacts.join("  |  "))]
#for s in d.sections {
  v(0.6em)
  grid(columns: (auto, 1fr), column-gutter: 0.4em, text(size: 15pt, weight: "bold")[#text(fill: accent, s.heading.slice(0, calc.min(3, s.heading.len())))#s.heading.slice(calc.min(3, s.heading.len()))], align(horizon, line(length: 100%, stroke: 0.6pt + luma(150))))
  if s.text != "" { text(size: 9pt, s.text) }
  for e in s.entries {
    if e.org != "" {
      grid(columns: (1fr, auto), text(weight: "bold", e.org), text(size: 9pt, style: "italic", fill: accent, e.loc))
      grid(columns: (1fr, auto), text(size: 8.5pt, fill: luma(90), smallcaps(e.title)), text(size: 8.5pt, style: "italic", fill: luma(90), e.dates))
    } else { text(weight: "bold", e.title) }
    text(size: 9pt, bullets(e.bullets))
    v(0.3em)
  }
  for r in s.rows { grid(columns: (22%, 1fr), align(right, text(weight: "bold", r.at(0))), h(0.5em) + r.at(1)) }
}
`;

const DEEDY = `${PRELUDE}
#set text(size: 9.5pt)
#let head(t) = { v(0.5em); text(size: 12pt, fill: luma(80), tracking: 1pt, upper(t)); v(-0.4em); line(length: 100%, stroke: 0.4pt + luma(160)) }
#align(center)[#text(size: 30pt, weight: "light", d.name) \\ #text(size: 8.5pt, d.contacts.join(" | "))]
#let side = d.sections.filter(s => s.kind == "education" or s.kind == "skills" or s.kind == "training")
#let main = d.sections.filter(s => not (s.kind == "education" or s.kind == "skills" or s.kind == "training"))
#let block(s) = {
  head(s.heading)
  if s.text != "" { s.text }
  for e in s.entries {
    if e.org != "" {
      text(size: 11pt, weight: "bold", e.org); linebreak()
      text(size: 8.5pt, fill: luma(90))[#e.title#if e.loc != "" [ | #e.loc] | #e.dates]
    } else { text(weight: "bold", e.title) }
    bullets(e.bullets)
    v(0.3em)
  }
  skillrows(s)
}
#grid(columns: (33%, 1fr), column-gutter: 1.2em, for s in side { block(s) }, for s in main { block(s) })
`;

const EUROPASS = `${PRELUDE}
#set text(size: 9pt)
#let row(l, r) = grid(columns: (32%, 1fr), column-gutter: 1.2em, align(right, text(fill: luma(60), l)), r)
#row(text(size: 14pt, fill: rgb("#1f4e8c"), weight: "bold", "europass"), text(size: 8pt, fill: luma(90), "Curriculum Vitae"))
#v(1em)
#row(text(size: 12pt, "Personal information"), [])
#row("First name(s) / Surname(s)", text(size: 14pt, weight: "bold", d.name))
#row("Desired employment / Occupational field", d.label)
#for c in d.contacts { row(if c.contains("@") { "E-mail" } else if c.match(regex("\\\\d{3}")) != none { "Telephone(s)" } else if c.contains(".") { "Website" } else { "Address" }, c) }
#for s in d.sections {
  v(0.8em)
  row(text(size: 12pt, s.heading), [])
  v(0.3em)
  for e in s.entries {
    row("Dates", e.dates)
    if s.kind == "work" {
      row("Occupation or position held", e.title)
      if e.bullets.len() > 0 { row("Main activities and responsibilities", e.bullets.join("; ")) }
      row("Name and address of employer", e.org + if e.loc != "" { ", " + e.loc } else { "" })
    } else {
      row("Title of qualification awarded", e.title)
      row("Name and type of organisation providing education and training", e.org)
    }
    v(0.5em)
  }
  for r in s.rows { row(if r.at(0) != "" { r.at(0) } else { "Technical skills and competences" }, r.at(1)) }
}
`;

const LEBENSLAUF = `${PRELUDE}
#align(center, text(size: 20pt, weight: "bold", d.title))
#v(0.5em)
#let row(l, r) = grid(columns: (27%, 1fr), column-gutter: 1em, l, r)
#let head(t) = { v(0.7em); text(size: 12pt, weight: "bold", t); v(-0.5em); line(length: 100%, stroke: 0.5pt); v(0.2em) }
#head("Persönliche Daten")
#row("Name:", d.name)
#for c in d.contacts { row(if c.contains("@") { "E-Mail:" } else if c.match(regex("\\\\d{3}")) != none { "Telefon:" } else if c.contains(",") { "Anschrift:" } else { "Web:" }, c) }
#for s in d.sections {
  head(s.heading)
  if s.text != "" { row([], s.text) }
  for e in s.entries {
    row(e.dates, [*#e.title* \\ #e.org#if e.loc != "" [, #e.loc] #bullets(e.bullets)])
    v(0.3em)
  }
  for r in s.rows { row(r.at(0), r.at(1)) }
}
`;

const WORD = `${PRELUDE}
#set text(size: 10.5pt)
#align(center)[#text(size: 20pt, weight: "bold", d.name) \\ #d.contacts.join(" | ")]
#for s in d.sections {
  v(0.6em)
  text(weight: "bold", upper(s.heading)); v(-0.6em); line(length: 100%, stroke: 0.5pt); v(-0.2em)
  if s.text != "" { s.text }
  for e in s.entries {
    if s.kind == "education" [*#e.org* #h(1fr) #e.dates \\ #e.title \\ ]
    else if e.org != "" [*#e.title* #h(1fr) #e.dates \\ #e.org#if e.loc != "" [ – #e.loc] \\ ]
    else [*#e.title* \\ ]
    bullets(e.bullets)
  }
  skillrows(s)
}
`;

const ZH = `${PRELUDE}
#if d.title != "" { align(center, text(size: 16pt, weight: "bold", d.title)) }
#align(center)[#text(size: 22pt, weight: "bold", d.name) \\ #d.label \\ #text(size: 9pt, d.contacts.join("  |  "))]
#for s in d.sections {
  v(0.6em)
  block(fill: rgb("#e8eef7"), width: 100%, inset: 3pt, text(size: 12pt, weight: "bold", fill: rgb("#1f4e8c"), s.heading))
  if s.text != "" { s.text }
  for e in s.entries {
    if e.dates != "" { grid(columns: (1fr, auto), [*#e.org* #h(1.5em) #e.title], e.dates) } else { text(weight: "bold", e.title) }
    bullets(e.bullets)
  }
  skillrows(s)
}
`;

const JA = `${PRELUDE}
#if d.title != "" { align(center, text(size: 16pt, weight: "bold", tracking: 0.3em, d.title)) }
#align(right)[氏名\\u{3000}#d.name]
#text(size: 9pt, d.contacts.join("\\u{3000}"))
#for s in d.sections {
  v(0.7em)
  text(size: 11.5pt, weight: "bold", "■" + s.heading)
  v(-0.5em); line(length: 100%, stroke: 0.4pt); v(-0.2em)
  if s.text != "" { s.text }
  for e in s.entries {
    if e.dates != "" [#e.dates\\u{3000}*#e.org*\\u{3000}#e.title \\ ] else [*#e.title* \\ ]
    bullets(e.bullets)
  }
  skillrows(s)
}
`;

export const TYPST_TEMPLATES: Record<CvClass, string> = {
  moderncv: MODERNCV,
  'awesome-cv': AWESOME,
  deedy: DEEDY,
  'europass-2002': EUROPASS,
  lebenslauf: LEBENSLAUF,
  'word-tab': WORD,
  zh: ZH,
  ja: JA,
};
