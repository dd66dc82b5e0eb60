/**
 * The words job pages use, per language, for the page builders (job-page-builder.ts). Each list
 * holds synonyms; a builder picks one by seed, so a held-out seed may use a wording the tuning
 * seeds did not.
 */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'fi' | 'tr' | 'ja' | 'zh';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'fi', 'tr', 'ja', 'zh'];

export interface Vocab {
  titles: string[];
  companies: string[];
  /** city, region (often the same as the city in real data), postcode, country name, ISO code */
  places: [string, string, string, string, string][];
  labels: { location: string[]; type: string[]; mode: string[]; salary: string[]; date: string[]; company: string[] };
  fullTime: string[];
  partTime: string[];
  contract: string[];
  remote: string[];
  hybrid: string[];
  onsite: string[];
  /** salary formatting: currency, per-year and per-month words, and how numbers are written */
  currency: string;
  perYear: string;
  perMonth: string;
  money: (n: number) => string;
  careers: string[];
  moreJobs: string[];
  paragraphs: string[];
}

const de = (n: number): string => `${n.toLocaleString('de-DE')} €`;
const fr = (n: number): string => `${n.toLocaleString('fr-FR')} €`;

export const VOCAB: Record<Lang, Vocab> = {
  en: {
    titles: ['Data Engineer', 'Senior Backend Engineer', 'Product Designer', 'Site Reliability Engineer', 'Founding Engineer'],
    companies: ['Northwind Analytics', 'VectorShift', 'Harbor Labs', 'Bluefin Health'],
    places: [['Austin', 'TX', '78701', 'United States', 'US'], ['Manchester', 'Manchester', 'M1 1AE', 'United Kingdom', 'GB'], ['Toronto', 'ON', 'M5V 2T6', 'Canada', 'CA']],
    labels: { location: ['Location', 'Job location'], type: ['Employment type', 'Job type'], mode: ['Workplace type', 'Work mode'], salary: ['Salary', 'Compensation'], date: ['Posted', 'Date posted'], company: ['Company', 'Employer'] },
    fullTime: ['Full-time', 'Full time'], partTime: ['Part-time'], contract: ['Contract', 'Contractor'],
    remote: ['Remote', 'Fully remote'], hybrid: ['Hybrid'], onsite: ['On-site', 'In office'],
    currency: 'USD', perYear: 'per year', perMonth: 'per month', money: (n) => `$${n.toLocaleString('en-US')}`,
    careers: ['Careers', 'Jobs'], moreJobs: ['More jobs', 'Similar jobs'],
    paragraphs: ['You will design, build and run the data platform that our customers rely on every day.', 'You will work closely with product managers and designers, review code and mentor other engineers.', 'We value clear writing, careful testing and a calm pace that lasts.'],
  },
  de: {
    titles: ['Backend-Entwickler (m/w/d)', 'Dateningenieurin', 'Produktdesigner', 'Softwareentwickler Java'],
    companies: ['Nordlicht Software GmbH', 'Alpenblick Daten AG', 'Werkbank Digital GmbH'],
    places: [['Berlin', 'Berlin', '10115', 'Deutschland', 'DE'], ['München', 'Bayern', '80331', 'Deutschland', 'DE'], ['Hamburg', 'Hamburg', '20095', 'Deutschland', 'DE']],
    labels: { location: ['Standort', 'Arbeitsort'], type: ['Anstellungsart', 'Vertragsart'], mode: ['Arbeitsmodell'], salary: ['Gehalt', 'Vergütung'], date: ['Veröffentlicht am', 'Veröffentlicht'], company: ['Unternehmen', 'Arbeitgeber'] },
    fullTime: ['Vollzeit', 'Festanstellung, Vollzeit'], partTime: ['Teilzeit'], contract: ['Befristet', 'Freiberuflich'],
    remote: ['Remote', '100% Homeoffice'], hybrid: ['Hybrid'], onsite: ['Vor Ort', 'Präsenz'],
    currency: 'EUR', perYear: 'pro Jahr', perMonth: 'pro Monat', money: de,
    careers: ['Karriere', 'Stellenangebote'], moreJobs: ['Ähnliche Jobs', 'Weitere Stellen'],
    paragraphs: ['Sie entwickeln und betreiben unsere Datenplattform, auf die sich unsere Kunden jeden Tag verlassen.', 'Sie arbeiten eng mit Produktmanagement und Design zusammen, prüfen Code und begleiten Kolleginnen und Kollegen.', 'Wir schätzen klares Schreiben, sorgfältiges Testen und ein ruhiges Tempo.'],
  },
  fr: {
    titles: ['Ingénieur Data', 'Développeur Backend', 'Designer Produit', 'Chef de projet informatique'],
    companies: ['Lumière Logiciels', 'Atelier Numérique SAS', 'Brise Marine'],
    places: [['Lyon', 'Auvergne-Rhône-Alpes', '69002', 'France', 'FR'], ['Paris', 'Paris', '75008', 'France', 'FR'], ['Nantes', 'Pays de la Loire', '44000', 'France', 'FR']],
    labels: { location: ['Lieu', 'Localisation'], type: ['Type de contrat'], mode: ['Mode de travail', 'Télétravail'], salary: ['Salaire', 'Rémunération'], date: ['Publié le'], company: ['Entreprise', 'Société'] },
    fullTime: ['CDI', 'Temps plein'], partTime: ['Temps partiel'], contract: ['CDD', 'Freelance'],
    remote: ['Télétravail complet', 'Télétravail'], hybrid: ['Hybride', 'Télétravail partiel'], onsite: ['Sur site', 'Présentiel'],
    currency: 'EUR', perYear: 'par an', perMonth: 'par mois', money: fr,
    careers: ['Carrières', "Offres d'emploi"], moreJobs: ['Offres similaires', 'Autres offres'],
    paragraphs: ['Vous concevez et faites évoluer la plateforme de données sur laquelle nos clients comptent chaque jour.', 'Vous travaillez avec les équipes produit et design, vous relisez le code et vous accompagnez vos collègues.', 'Nous aimons les écrits clairs, les tests soignés et un rythme durable.'],
  },
  es: {
    titles: ['Ingeniero de Datos', 'Desarrolladora Backend', 'Diseñador de Producto'],
    companies: ['Sol Naciente Tecnología', 'Datos del Sur SL', 'Faro Digital'],
    places: [['Madrid', 'Madrid', '28013', 'España', 'ES'], ['Valencia', 'Comunidad Valenciana', '46002', 'España', 'ES'], ['Sevilla', 'Andalucía', '41001', 'España', 'ES']],
    labels: { location: ['Ubicación', 'Localización'], type: ['Tipo de contrato', 'Jornada'], mode: ['Modalidad', 'Modalidad de trabajo'], salary: ['Salario', 'Sueldo'], date: ['Publicado el', 'Fecha de publicación'], company: ['Empresa'] },
    fullTime: ['Jornada completa', 'Indefinido, tiempo completo'], partTime: ['Tiempo parcial'], contract: ['Freelance', 'Temporal'],
    remote: ['Remoto', 'Teletrabajo'], hybrid: ['Híbrido'], onsite: ['Presencial'],
    currency: 'EUR', perYear: 'al año', perMonth: 'al mes', money: de,
    careers: ['Empleo', 'Trabaja con nosotros'], moreJobs: ['Empleos similares', 'Otras ofertas'],
    paragraphs: ['Diseñarás y mantendrás la plataforma de datos en la que confían nuestros clientes cada día.', 'Trabajarás con producto y diseño, revisarás código y acompañarás a otras personas del equipo.', 'Valoramos la escritura clara, las pruebas cuidadosas y un ritmo sostenible.'],
  },
  pt: {
    titles: ['Engenheiro de Dados', 'Desenvolvedora Backend', 'Designer de Produto'],
    companies: ['Maré Alta Software', 'Oliveira & Filhos Tecnologia', 'Coimbra Dados Lda'],
    places: [['Coimbra', 'Coimbra', '3000-001', 'Portugal', 'PT'], ['Lisboa', 'Lisboa', '1100-148', 'Portugal', 'PT'], ['Porto', 'Porto', '4000-322', 'Portugal', 'PT']],
    labels: { location: ['Localização', 'Local de trabalho'], type: ['Tipo de contrato', 'Regime'], mode: ['Modalidade', 'Modelo de trabalho'], salary: ['Salário', 'Remuneração'], date: ['Publicado em', 'Data de publicação'], company: ['Empresa'] },
    fullTime: ['Tempo integral', 'Efetivo'], partTime: ['Meio período'], contract: ['Temporário', 'Freelance'],
    remote: ['Remoto', 'Teletrabalho'], hybrid: ['Híbrido'], onsite: ['Presencial'],
    currency: 'EUR', perYear: 'por ano', perMonth: 'por mês', money: de,
    careers: ['Carreiras', 'Vagas'], moreJobs: ['Vagas semelhantes', 'Outras vagas'],
    paragraphs: ['Vais desenhar e manter a plataforma de dados em que os nossos clientes confiam todos os dias.', 'Trabalharás com produto e design, vais rever código e apoiar outras pessoas da equipa.', 'Valorizamos escrita clara, testes cuidadosos e um ritmo sustentável.'],
  },
  it: {
    titles: ['Ingegnere dei Dati', 'Sviluppatore Backend', 'Product Designer'],
    companies: ['Laguna Software Srl', 'Dati Alpini SpA', 'Officina Digitale'],
    places: [['Milano', 'Lombardia', '20121', 'Italia', 'IT'], ['Torino', 'Piemonte', '10121', 'Italia', 'IT'], ['Bologna', 'Emilia-Romagna', '40121', 'Italia', 'IT']],
    labels: { location: ['Sede', 'Luogo di lavoro'], type: ['Tipo di contratto', 'Contratto'], mode: ['Modalità di lavoro'], salary: ['Retribuzione', 'RAL'], date: ['Pubblicato il', 'Data di pubblicazione'], company: ['Azienda'] },
    fullTime: ['Tempo pieno', 'Tempo indeterminato'], partTime: ['Part-time', 'Tempo parziale'], contract: ['Tempo determinato', 'Freelance'],
    remote: ['Da remoto', 'Remoto'], hybrid: ['Ibrido'], onsite: ['In sede', 'In presenza'],
    currency: 'EUR', perYear: "all'anno", perMonth: 'al mese', money: de,
    careers: ['Lavora con noi', 'Carriere'], moreJobs: ['Offerte simili', 'Altre offerte'],
    paragraphs: ['Progetterai e gestirai la piattaforma dati su cui i nostri clienti contano ogni giorno.', 'Lavorerai con prodotto e design, revisionerai il codice e affiancherai i colleghi.', 'Apprezziamo la scrittura chiara, i test accurati e un ritmo sostenibile.'],
  },
  nl: {
    titles: ['Data Engineer', 'Backend Ontwikkelaar', 'Productontwerper'],
    companies: ['Polder Data BV', 'Grachtwerk Software', 'Duinlicht BV'],
    places: [['Utrecht', 'Utrecht', '3511 AB', 'Nederland', 'NL'], ['Amsterdam', 'Noord-Holland', '1012 AB', 'Nederland', 'NL'], ['Rotterdam', 'Zuid-Holland', '3011 AA', 'Nederland', 'NL']],
    labels: { location: ['Locatie', 'Standplaats'], type: ['Dienstverband', 'Contractvorm'], mode: ['Werkvorm', 'Werkmodel'], salary: ['Salaris'], date: ['Geplaatst op'], company: ['Bedrijf', 'Werkgever'] },
    fullTime: ['Voltijd', 'Fulltime'], partTime: ['Deeltijd'], contract: ['Tijdelijk', 'Freelance'],
    remote: ['Remote', 'Volledig remote'], hybrid: ['Hybride'], onsite: ['Op kantoor', 'Op locatie'],
    currency: 'EUR', perYear: 'per jaar', perMonth: 'per maand', money: de,
    careers: ['Vacatures', 'Werken bij'], moreJobs: ['Vergelijkbare vacatures', 'Meer vacatures'],
    paragraphs: ['Je ontwerpt en beheert het dataplatform waar onze klanten elke dag op vertrouwen.', 'Je werkt samen met product en design, beoordeelt code en begeleidt collega’s.', 'Wij waarderen helder schrijven, zorgvuldig testen en een duurzaam tempo.'],
  },
  fi: {
    titles: ['Data-insinööri', 'Backend-kehittäjä', 'Palvelumuotoilija'],
    companies: ['Revontuli Ohjelmistot Oy', 'Saimaa Data Oy', 'Kaamos Labs'],
    places: [['Helsinki', 'Uusimaa', '00100', 'Suomi', 'FI'], ['Tampere', 'Pirkanmaa', '33100', 'Suomi', 'FI'], ['Oulu', 'Pohjois-Pohjanmaa', '90100', 'Suomi', 'FI']],
    labels: { location: ['Sijainti', 'Paikkakunta'], type: ['Työsuhde', 'Työaika'], mode: ['Työskentelymalli'], salary: ['Palkka'], date: ['Julkaistu'], company: ['Yritys', 'Työnantaja'] },
    fullTime: ['Kokoaikainen', 'Vakituinen, kokoaikainen'], partTime: ['Osa-aikainen'], contract: ['Määräaikainen'],
    remote: ['Etätyö', 'Täysin etänä'], hybrid: ['Hybridi', 'Hybridityö'], onsite: ['Lähityö', 'Toimistolla'],
    currency: 'EUR', perYear: 'vuodessa', perMonth: 'kuukaudessa', money: fr,
    careers: ['Työpaikat', 'Rekrytointi'], moreJobs: ['Samankaltaisia työpaikkoja', 'Muut työpaikat'],
    paragraphs: ['Suunnittelet ja ylläpidät tietoalustaa, johon asiakkaamme luottavat joka päivä.', 'Työskentelet tuotteen ja muotoilun kanssa, katselmoit koodia ja tuet kollegoitasi.', 'Arvostamme selkeää kirjoittamista, huolellista testausta ja kestävää tahtia.'],
  },
  tr: {
    titles: ['Veri Mühendisi', 'Backend Geliştirici', 'Ürün Tasarımcısı'],
    companies: ['Boğaziçi Yazılım A.Ş.', 'Anadolu Veri', 'Kapadokya Teknoloji'],
    places: [['İstanbul', 'İstanbul', '34000', 'Türkiye', 'TR'], ['Ankara', 'Ankara', '06000', 'Türkiye', 'TR'], ['İzmir', 'İzmir', '35000', 'Türkiye', 'TR']],
    labels: { location: ['Konum', 'Şehir'], type: ['Çalışma şekli', 'Pozisyon türü'], mode: ['Çalışma modeli'], salary: ['Maaş', 'Ücret'], date: ['Yayınlanma tarihi', 'İlan tarihi'], company: ['Şirket', 'İşveren'] },
    fullTime: ['Tam zamanlı'], partTime: ['Yarı zamanlı'], contract: ['Sözleşmeli', 'Proje bazlı'],
    remote: ['Uzaktan', 'Tamamen uzaktan'], hybrid: ['Hibrit'], onsite: ['Ofiste', 'İş yerinde'],
    currency: 'TRY', perYear: 'yıllık', perMonth: 'aylık', money: (n) => `₺${n.toLocaleString('tr-TR')}`,
    careers: ['Kariyer', 'İş İlanları'], moreJobs: ['Benzer ilanlar', 'Diğer ilanlar'],
    paragraphs: ['Müşterilerimizin her gün güvendiği veri platformunu tasarlayıp işleteceksiniz.', 'Ürün ve tasarım ekipleriyle birlikte çalışacak, kod inceleyecek ve ekip arkadaşlarınıza destek olacaksınız.', 'Açık yazıya, özenli teste ve sürdürülebilir bir tempoya değer veriyoruz.'],
  },
  ja: {
    titles: ['データエンジニア', 'バックエンドエンジニア', 'プロダクトデザイナー'],
    companies: ['株式会社さくらデータ', '青空ソフトウェア株式会社', '株式会社ミナト技研'],
    places: [['東京都', '東京都', '100-0001', '日本', 'JP'], ['大阪市', '大阪府', '530-0001', '日本', 'JP'], ['福岡市', '福岡県', '810-0001', '日本', 'JP']],
    labels: { location: ['勤務地'], type: ['雇用形態'], mode: ['働き方', 'リモートワーク'], salary: ['給与', '想定年収'], date: ['掲載日', '公開日'], company: ['会社名', '企業名'] },
    fullTime: ['正社員'], partTime: ['パート・アルバイト'], contract: ['契約社員', '業務委託'],
    remote: ['フルリモート', 'リモート'], hybrid: ['ハイブリッド', '一部リモート'], onsite: ['出社', 'オフィス勤務'],
    currency: 'JPY', perYear: '年収', perMonth: '月給', money: (n) => `${Math.round(n / 10000)}万円`,
    careers: ['採用情報', '求人'], moreJobs: ['似た求人', 'この求人を見た人が見ている求人'],
    paragraphs: ['お客様が毎日利用するデータ基盤の設計と運用を担当していただきます。', 'プロダクトマネージャーやデザイナーと協力し、コードレビューやメンバーの育成にも関わっていただきます。', '明確な文章、丁寧なテスト、無理のないペースを大切にしています。'],
  },
  zh: {
    titles: ['数据工程师', '后端开发工程师', '产品设计师'],
    companies: ['星河数据科技有限公司', '云帆软件', '青松智能'],
    places: [['上海', '上海', '200000', '中国', 'CN'], ['深圳', '广东', '518000', '中国', 'CN'], ['北京', '北京', '100000', '中国', 'CN']],
    labels: { location: ['工作地点'], type: ['工作性质', '职位类型'], mode: ['工作方式', '办公方式'], salary: ['薪资', '月薪'], date: ['发布日期', '发布时间'], company: ['公司名称', '公司'] },
    fullTime: ['全职'], partTime: ['兼职'], contract: ['合同工', '外包'],
    remote: ['远程', '全远程'], hybrid: ['混合办公'], onsite: ['现场办公', '坐班'],
    currency: 'CNY', perYear: '年薪', perMonth: '/月', money: (n) => `${n.toLocaleString('en-US')}元`,
    careers: ['招聘', '加入我们'], moreJobs: ['相似职位', '推荐职位'],
    paragraphs: ['你将负责设计和运维客户每天依赖的数据平台，保证数据准确、及时、可靠。', '你将与产品经理和设计师紧密合作，参与代码评审，并帮助团队成员成长。', '我们重视清晰的写作、认真的测试以及可持续的工作节奏。'],
  },
};
