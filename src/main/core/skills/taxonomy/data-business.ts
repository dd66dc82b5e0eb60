/** Business software, design, marketing, finance, people, health and education skills. README.md. */
export const DATA_BUSINESS = `
# tool
Microsoft Office|MS Office|Microsoft Office Suite|Office Suite
Microsoft Excel|Excel|MS Excel|Excel spreadsheets|spreadsheets|VLOOKUP|pivot tables|~Excel
Microsoft Word|MS Word|~Word
Microsoft PowerPoint|PowerPoint|MS PowerPoint|Powerpoint
Microsoft Outlook|MS Outlook|~Outlook
Microsoft Teams|MS Teams|~Teams
Microsoft Visio|Visio|MS Visio
Microsoft Project|MS Project
Microsoft SharePoint|SharePoint|Sharepoint
Microsoft Dynamics|Dynamics 365|Dynamics CRM|Dynamics NAV|Dynamics AX|Navision|D365
Power Automate|Microsoft Flow
Power Apps|PowerApps|Power Platform
Google Sheets
Google Docs
Google Slides
Airtable
Notion|~Notion
Confluence|Atlassian Confluence
Jira|JIRA|Atlassian Jira|Jira Software|Jira Service Management
Trello
Asana
Monday.com
Basecamp
ClickUp
Smartsheet
Wrike
Miro
Lucidchart
Slack|~Slack
Zoom|~Zoom
Salesforce|SFDC|Salesforce CRM|Salesforce.com|Sales Cloud|Service Cloud|Salesforce Marketing Cloud|Lightning Web Components|LWC|Visualforce
HubSpot|Hubspot|HubSpot CRM
Zoho|Zoho CRM
Pipedrive
Marketo|Adobe Marketo
Pardot|Account Engagement
Mailchimp
Klaviyo
Braze
Iterable
Intercom|~Intercom
Zendesk
Freshdesk|Freshworks
Gainsight
Outreach.io
Salesloft
Gong.io
LinkedIn Sales Navigator|Sales Navigator
ZoomInfo
Apollo.io
Twilio
Stripe|Stripe API
PayPal|Braintree
Adyen
Square payments
SAP|SAP ERP|SAP ECC|SAP S/4HANA|S/4HANA|SAP R/3
SAP FICO|SAP FI|SAP CO|SAP FI/CO
SAP MM|SAP SD|SAP PP|SAP WM|SAP EWM|SAP PM|SAP QM
SAP HCM|SAP SuccessFactors|SuccessFactors
SAP BW|SAP BW/4HANA
SAP Ariba|Ariba
SAP Concur|Concur
Oracle E-Business Suite|Oracle EBS|Oracle Applications|Oracle ERP|Oracle Fusion
Oracle NetSuite|NetSuite
PeopleSoft|Oracle PeopleSoft
Workday|Workday HCM
ADP|ADP Workforce Now
BambooHR
Greenhouse ATS
Lever ATS
iCIMS
Taleo
UKG|Kronos
Gusto
ERP|ERP systems|enterprise resource planning
CRM|CRM systems|customer relationship management
HRIS|HR information systems|HRMS
ATS|applicant tracking systems|applicant tracking system
QuickBooks|Quickbooks|QuickBooks Online
Xero
Sage|Sage 50|Sage Intacct|~Sage
FreshBooks
Tally|Tally ERP
Bloomberg Terminal|Bloomberg
Reuters Eikon|Refinitiv|Refinitiv Eikon
FactSet
Capital IQ|S&P Capital IQ
Murex
Calypso trading
Epic Systems|Epic EHR|~Epic
Cerner|Oracle Health
Meditech
Veeva|Veeva Vault|Veeva CRM
Medidata|Medidata Rave
Adobe Creative Suite|Adobe Creative Cloud|Creative Cloud|Adobe CC|Adobe Suite
Adobe Photoshop|Photoshop
Adobe Illustrator|Illustrator CC|~Illustrator
Adobe InDesign|InDesign
Adobe XD|XD
Adobe After Effects|After Effects
Adobe Premiere Pro|Premiere Pro|Premiere
Adobe Lightroom|Lightroom
Adobe Acrobat|Acrobat|Acrobat Pro
Adobe Audition
Adobe Animate|Flash animation
Adobe Dreamweaver|Dreamweaver
Adobe Experience Manager|AEM
Adobe Target
Figma
Sketch|Sketch app|~Sketch
InVision
Zeplin
Framer
Axure|Axure RP
Balsamiq
Canva
Procreate
Affinity Designer
CorelDRAW
Blender
Autodesk Maya|Maya
Autodesk 3ds Max|3ds Max|3D Studio Max
Cinema 4D|C4D
Houdini
ZBrush
Substance Painter|Substance 3D
Nuke|Foundry Nuke
DaVinci Resolve
Final Cut Pro|Final Cut
Avid Media Composer|Avid
Pro Tools
Ableton Live|Ableton
Logic Pro
Webflow
Wix
Squarespace
Contentful
Sanity CMS
Strapi
Ghost CMS
Headless CMS
Content Management Systems|CMS|content management system
Hootsuite
Buffer app
Sprout Social
Semrush|SEMrush
Ahrefs
Moz
Google Search Console|Search Console
Google Ads|AdWords|Google AdWords
Facebook Ads|Meta Ads|Facebook Ads Manager
LinkedIn Ads
Salesforce Commerce Cloud|Demandware
BigCommerce
Magento 2

# design
User Experience|=UX|UX design|user experience design|UX/UI|UI/UX|UX research
User Interface Design|=UI|UI design|user interface|user interfaces|interface design|visual interface design
Product Design|product designer
Interaction Design|IxD
Visual Design
Graphic Design|graphic designer
Web Design|web designer
Motion Design|motion graphics|animation
Wireframing|wireframes|wireframe
Prototyping|prototypes|prototype|rapid prototyping|high-fidelity prototypes
User Research|user interviews|usability research|design research|ethnographic research
Information Architecture|IA
Design Thinking
Human-Computer Interaction|HCI
Typography
Branding|brand identity|brand design|visual identity
Illustration|illustrations
Photography|photo editing|retouching
Video Editing|video production|videography|post-production
3D Modeling|3D modelling|3D animation|3D design
Industrial Design
UX Writing|content design|microcopy
Copywriting|copy writing|copywriter
Content Writing|content creation|blogging|editing|proofreading|copyediting|copy editing
Journalism|reporting and writing
Translation|translating|interpreting|localization services

# business
Project Management|project manager|managing projects|project planning|project delivery|PM skills
Program Management|programme management
Product Management|product manager|product owner|product ownership|product strategy|product roadmap|roadmaps|roadmapping
Product Discovery
Product Analytics
Go-to-Market Strategy|go-to-market|GTM strategy
Requirements Gathering|requirements analysis|requirements engineering|business requirements|user stories|requirements elicitation|functional requirements
Business Analysis|business analyst|business process analysis
Business Process Modeling|BPMN|process mapping|business process improvement|BPM|process improvement
Change Management|organizational change|change control
Stakeholder Management|stakeholder engagement|stakeholder communication|managing stakeholders|stakeholders
Vendor Relationship Management
Budgeting|budget management|budgets|cost control|cost management|P&L management|P&L
Forecasting and Planning|financial planning|FP&A|financial planning and analysis
Strategic Planning|business strategy|corporate strategy
Business Development|biz dev|BD
Sales|B2B sales|B2C sales|inside sales|outside sales|enterprise sales|solution selling|consultative selling|SaaS sales|selling
Account Management|key account management|account manager|client management
Customer Success|customer success management
Customer Service|customer support|client service|customer care|customer experience|CX|client relations
Lead Generation|prospecting|cold calling|pipeline management|demand generation
Negotiation|negotiating|negotiation skills
Marketing|marketing strategy
Digital Marketing|online marketing|performance marketing|growth marketing|growth hacking
Content Marketing|content strategy
Email Marketing|email campaigns|marketing automation
Social Media Marketing|social media|social media management|community management
Search Engine Marketing|SEM|PPC|pay-per-click|paid search|paid media|paid social
Product Marketing|competitive analysis|competitive intelligence
Brand Management|brand strategy|brand marketing
Public Relations|PR|media relations|press releases|communications strategy
Market Research|market analysis|consumer research|customer research|customer insights
Event Management|event planning
Affiliate Marketing|partner management|channel partners|channel sales
E-commerce|ecommerce|e-commerce platforms|online retail
Merchandising|visual merchandising|retail merchandising
Retail|retail operations|store management
Pricing|pricing strategy|revenue management|yield management
Accounting|accountancy|bookkeeping|general ledger|accounts payable|accounts receivable|AP/AR|reconciliations|account reconciliation|bank reconciliation|month-end close|year-end close
Financial Reporting|financial statements|IFRS|US GAAP|GAAP|consolidation|management accounts|statutory reporting
Financial Analysis|financial analyst|variance analysis|ratio analysis
Corporate Finance|valuation|DCF|M&A|mergers and acquisitions|due diligence|capital markets
Investment Banking|equity research|asset management|portfolio management|wealth management|private equity|venture capital
Trading|derivatives|fixed income|equities|FX|foreign exchange|options trading
Risk Modeling|credit risk|market risk|operational risk|Basel III|VaR
Actuarial Science|actuarial
Taxation|tax|tax compliance|tax preparation|VAT|corporate tax|transfer pricing
Payroll|payroll processing
Treasury|cash management|cash flow management|working capital
Cost Accounting|management accounting|costing
Auditing Standards|ISA|PCAOB
Anti-Money Laundering|AML|KYC|know your customer|CDD|sanctions screening
Insurance|underwriting|claims handling|claims processing|reinsurance
Banking|retail banking|commercial banking|lending|loan processing|mortgages|credit analysis
Fintech|financial technology|FinTech|WealthTech|wealthtech|InsurTech|insurtech|RegTech|PropTech|regtech
Human Resources|=HR|people operations|people ops|HR management
Recruiting|recruitment|talent acquisition|sourcing candidates|interviewing|headhunting|technical recruiting
Onboarding|employee onboarding
Employee Relations|labor relations|labour relations
Compensation and Benefits|compensation|benefits administration|total rewards
Performance Management|performance reviews|appraisals
Learning and Development|L&D|training and development|instructional design|e-learning|eLearning|curriculum development|LMS
Organizational Development|OD|workforce planning|succession planning
Diversity and Inclusion|DEI|D&I|diversity equity and inclusion
Employment Law|labor law|labour law
Legal|legal research|legal writing|litigation|contract law|contract drafting|contracts|corporate law|intellectual property|IP law|patents|trademarks|paralegal|compliance law
Administration|administrative support|office management|office administration|clerical|data entry|scheduling|calendar management|diary management|filing
Executive Assistance|executive assistant|personal assistant
Reception|front desk|receptionist
Real Estate|property management|leasing|real estate development
Construction|construction management|site management|building construction|civil engineering|structural engineering|quantity surveying
Architecture (buildings)|architectural design
Urban Planning|town planning
Surveying|land surveying
Mechanical Engineering|HVAC|thermodynamics|fluid mechanics|mechanical design
Electrical Engineering|power systems|power electronics|electrical design|wiring
Chemical Engineering|process chemistry|chemical processes
Biomedical Engineering|medical devices
Aerospace Engineering|avionics|aerodynamics
Automotive|automotive engineering|vehicle dynamics
Energy|renewable energy|solar energy|wind energy|oil and gas|power generation|energy management
Telecommunications|telecom|5G|LTE|4G|RF engineering|RAN
Healthcare|health care|patient care|nursing|patient safety|care planning
Clinical Research|clinical trials|GCP guidelines|good clinical practice|pharmacovigilance|regulatory affairs|clinical data management
Pharmaceuticals|pharma|pharmaceutical industry|drug development|biotech|biotechnology|life sciences
Laboratory Skills|laboratory techniques|lab techniques|PCR|ELISA|cell culture|Western blot|HPLC|mass spectrometry|chromatography|GLP|GMP|good manufacturing practice
Bioinformatics|computational biology|genomics|NGS|sequencing data
Medical Coding|ICD-10|CPT coding|medical billing|revenue cycle
Electronic Health Records|EHR|EMR|electronic medical records
Health Informatics|HL7|FHIR|DICOM
First Aid|CPR|BLS|ACLS|Basic Life Support
Mental Health|counseling|counselling|psychotherapy|CBT|social work|case management
Pharmacy|dispensing
Nutrition|dietetics
Physiotherapy|physical therapy|rehabilitation
Teaching|lesson planning|classroom management|tutoring|pedagogy|special education|SEN|ESL|TEFL|TESOL|CELTA
Early Childhood Education|childcare|child care
Research|academic research|research skills|scientific research|literature review|research methods|qualitative research|quantitative methods
Grant Writing|fundraising|donor relations|nonprofit management
Hospitality|hotel management|food and beverage|F&B|housekeeping|guest services
Food Safety|HACCP|food hygiene|food preparation|cooking|culinary arts
Driver's License|driver's license|driving licence|CDL|forklift|forklift operation|forklift license
Customer-Facing Skills|cash handling|point of sale|POS|upselling
Security Guarding|security officer|CCTV|access control
Cleaning|janitorial
Agriculture|farming|agronomy
Public Speaking|presentations|presentation skills|presenting|public presentations
Technical Sales|presales|pre-sales|sales engineering|solutions engineering|solution engineering
Consulting|management consulting|IT consulting|technology consulting|client-facing|customer-facing
Outsourcing|offshoring|nearshoring
Licensing|software licensing|license management
Technical Leadership|tech lead|technical lead|engineering leadership|architectural leadership
People Management|team management|managing teams|line management|managing a team|direct reports|team lead|team leadership|people leadership|leading teams|managing people|hiring and managing
Mentoring|mentorship|coaching|mentoring junior engineers|mentor|mentor peers|mentor others|mentor junior
Hiring|interviewing candidates|hiring engineers|building teams|team building
`;
