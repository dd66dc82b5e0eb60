/** Further professional skills across non-software occupations (ESCO-style). Format: README.md. */
export const DATA_ROLES = `
# business
Financial Accounting
Fixed Assets|fixed asset accounting
Revenue Recognition|ASC 606|IFRS 15
Lease Accounting|IFRS 16|ASC 842
Intercompany Accounting|intercompany reconciliation
Expense Management|expense reports
Billing|invoicing|invoice processing
Collections|credit control|debt collection
Credit Management
Budget Planning|budget forecasting|annual budgeting
Cost Reduction|cost savings|cost optimization
Business Case Development|business cases
KPI Reporting|KPIs|key performance indicators|OKRs|metrics
Management Reporting
Board Reporting
Investor Relations
Fundraising Strategy
Mergers Integration|post-merger integration
Private Banking
Credit Underwriting
Loan Servicing
Claims Adjusting
Actuarial Modeling
Portfolio Analysis
Asset Allocation
Hedge Funds
Fund Accounting|fund administration
Custody Services
Securities Lending
Clearing and Settlement|trade settlement|post-trade
Trade Finance|letters of credit
Commodities Trading|commodities
Energy Trading
Algorithmic Trading|algo trading|quantitative trading
Market Making
Order Management Systems|OMS
FIX Protocol|FIX
Treasury Management Systems|TMS
Payroll Compliance
Benefits Enrollment
HR Policies|HR policy
Employee Engagement|employee experience
Exit Interviews
Talent Management
Employer Branding
Job Analysis|job descriptions
Workforce Management|WFM|rostering|shift scheduling
Time and Attendance
Immigration Compliance|visa sponsorship processes
Health and Wellbeing Programs
Contract Management|contract administration
Tender Management|bid management|tendering|RFP responses|RFPs|RFx
Category Management
Spend Analysis
Supplier Relationship Management|SRM
Import/Export|customs compliance|customs clearance|Incoterms
Fleet Management
Route Planning|route optimization
Last-Mile Delivery
Cold Chain
Order Fulfillment|order fulfilment|pick and pack|order picking
Goods Receiving|goods in
Stocktaking|cycle counting|inventory audits
Material Handling
Packaging Design
Production Planning|production scheduling
Shop Floor Management
Maintenance Management|preventive maintenance|predictive maintenance|CMMS|TPM
Reliability Engineering
Root Cause Analysis Methods|fishbone diagram|5 Whys
Process Validation|IQ/OQ/PQ|validation protocols
Technical Drawing|engineering drawings|blueprint reading|blueprints
Welding|MIG welding|TIG welding|arc welding
Machining|lathe|milling machines
Electrical Installation|electrical wiring|electrical maintenance
Plumbing
Carpentry|joinery
HVAC Maintenance
Building Codes
Estimating|cost estimating|quantity takeoff
Scheduling Software|Primavera P6|Primavera
Site Safety|site inspections
Environmental Compliance|environmental impact assessment|EIA
Waste Management|recycling
Water Treatment|wastewater treatment
Geotechnical Engineering
Transportation Engineering|traffic engineering
Hydraulics|hydrology
Structural Analysis|SAP2000|ETABS|STAAD Pro
Surveying Instruments|total station|GNSS|GPS surveying
Drone Operation|UAV|drone piloting
Interior Design
Landscape Architecture
Fashion Design|pattern making|garment construction
Textiles
Jewelry Design
Floristry
Event Coordination
Wedding Planning
Travel Planning|travel booking|itinerary planning
Tour Guiding
Ticketing
Front Office Operations
Revenue Management Hospitality
Housekeeping Management
Bartending|mixology
Barista|coffee preparation
Food Service|food and beverage service|table service
Menu Planning|menu development
Baking|pastry
Butchery
Catering
Kitchen Management
Nursing Care|patient assessment|wound care|medication administration|vital signs|IV therapy|phlebotomy
Intensive Care|ICU|critical care
Emergency Medicine|emergency care|triage
Pediatrics|paediatrics
Geriatrics|elderly care|aged care|dementia care
Midwifery|obstetrics
Oncology
Cardiology
Radiology|medical imaging|MRI|CT scanning|ultrasound|X-ray
Anesthesiology|anaesthesia
Surgery|surgical procedures|operating room|theatre nursing
Dentistry|dental hygiene|dental assisting
Optometry
Veterinary Medicine|animal care|veterinary nursing
Occupational Therapy
Speech Therapy|speech and language therapy
Psychology|clinical psychology|psychological assessment
Psychiatry
Social Care|care work|personal care|support work|home care
Disability Support|NDIS
Public Health|epidemiology|health promotion|infection control
Medical Writing
Medical Affairs|medical science liaison|MSL
Health Economics|HEOR|outcomes research
Biostatistics
Regulatory Submissions|FDA submissions|510(k)|CE marking|MDR|IVDR
Quality Assurance Pharma|GxP|CAPA|deviation management|change control pharma
Microbiology
Molecular Biology|CRISPR|cloning|DNA extraction
Biochemistry|protein purification
Immunology|flow cytometry
Analytical Chemistry|spectroscopy|NMR|titration|GC-MS|LC-MS
Organic Chemistry|organic synthesis
Materials Science|metallurgy|polymers|composites
Physics|optics|photonics|lasers
Mathematics|maths|=Math|pure mathematics
Mathematics Research|applied mathematics|numerical methods|numerical analysis
Data Collection|field research|surveys
Teaching Assistant|classroom support
Curriculum Design|syllabus design
Assessment Design|student assessment|grading
Online Teaching|virtual classrooms|remote teaching
Adult Education
Special Needs Education|=SEND|inclusive education
Language Teaching|language instruction
Coaching Athletes|sports coaching|personal training|fitness instruction
Library Science|cataloging|archiving|records management
Museum Curation|collections management
Social Media Content|content calendars|influencer marketing
Video Marketing|YouTube marketing
Podcast Production|audio production|sound design|audio editing|mixing and mastering
Music Composition|music production
Acting|voice acting|voice-over
Stage Management|theatre production
Film Production|cinematography|directing|screenwriting
Animation 2D|2D animation|storyboarding
Game Design|level design|narrative design
Esports
Community Outreach
Volunteer Management
Case Work|caseload management
Advocacy|policy analysis|policy development|public policy|lobbying
Government Relations|public affairs
Grant Management
Impact Measurement|monitoring and evaluation|M&E
International Development
Humanitarian Aid
Legal Drafting|drafting agreements
Legal Compliance Monitoring
Corporate Governance|company secretarial
Data Protection Officer|DPO
Privacy Impact Assessments|DPIA
eDiscovery
Conveyancing
Immigration Law
Family Law
Criminal Law
Employment Tribunal
Court Procedures|court filings
Notary Services
Insurance Brokerage
Real Estate Sales|property sales|estate agency
Property Valuation|appraisal
Mortgage Advice|mortgage broking
Telesales|telemarketing
Retail Sales|sales floor
Store Operations|store opening|store closing
Loss Prevention
Visual Display
Customer Onboarding
Churn Reduction|retention|customer retention
Upselling and Cross-selling|cross-selling
Quota Attainment|sales targets|quota
Sales Forecasting
Territory Management
Channel Management
Partner Enablement|sales enablement
Sales Operations|sales ops|revenue operations|RevOps
Marketing Operations|marketing ops
CRM Administration
Data Entry Accuracy|typing|touch typing
Transcription
Bookkeeping Software
Mail Handling|mailroom
Switchboard
Travel Arrangements
Minute Taking|meeting minutes
Document Management|document control
Translation Memory|CAT tools|SDL Trados|Trados|memoQ
Subtitling|captioning
Proofreading Standards|style guides|AP style|Chicago style
Editorial Planning|editorial calendar
SEO Writing|SEO copywriting
Technical Illustration
Cartography|map making
Remote Sensing|satellite imagery
Photogrammetry|LiDAR
Meteorology|weather forecasting
Geology|geophysics
Mining Engineering|mine planning
Petroleum Engineering|reservoir engineering|drilling engineering
Nuclear Engineering|radiation protection
Naval Architecture|marine engineering
Aviation|piloting|commercial pilot|aircraft maintenance|air traffic control
Rail Engineering|railway signalling
Maritime Operations|seafaring|ship operations
`;
