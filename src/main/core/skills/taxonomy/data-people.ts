/** Soft skills, certifications and industry domains. Format: see README.md beside this file. */
export const DATA_PEOPLE = `
# soft
Communication|communication skills|communicator|verbal communication|written communication|written and verbal communication|verbal and written communication|oral communication|interpersonal communication|communicate effectively
Interpersonal Skills|people skills|relationship building|building relationships|rapport building
Teamwork|team player|collaboration|cross-functional collaboration|working in a team|work in a team|team work|teamwork skills|cross-functional teams|cross functional teams
Leadership|leadership skills|lead by example|thought leadership|servant leadership
Problem Solving|problem-solving|problem solver|solving problems|solve problems|solve complex problems|analytical problem solving|complex problem solving
Critical Thinking|critical thinker|analytical thinking|logical thinking
Analytical Skills|analytical mindset|analytical abilities|analytic skills
Attention to Detail|detail-oriented|detail oriented|attention to details|eye for detail
Time Management|time-management|managing time|punctuality
Organizational Skills|organisational skills|organization skills|well-organized|planning and organizing|planning and organising
Prioritization|prioritisation|prioritizing|prioritising|prioritize|prioritise|managing priorities|competing priorities
Multitasking|multi-tasking|juggle multiple tasks|handle multiple tasks
Adaptability|flexible approach|open to change|embrace change|resilience
Creativity|creative thinking|out-of-the-box thinking
Curiosity|eager to learn|willingness to learn|continuous learning|lifelong learning|growth mindset|learning mindset|quick learner|fast learner|learn quickly|self-learner
Self-Motivation|self-motivated|self-starter|self starter|proactivity|take initiative|takes initiative|take ownership|sense of ownership|accountability
Independence|work independently|working independently|self-directed|self-sufficient|minimal supervision
Work Ethic|strong work ethic|hardworking|hard-working
Decision Making|decision-making|sound judgment
Emotional Intelligence|empathy|EQ|self-awareness
Conflict Resolution|conflict management|resolving conflicts|dispute resolution|mediation
Customer Focus|customer-focused|customer-centric|customer centric|customer orientation|client-focused|customer obsession|user-centric|user-centered|user-centred|user focus
Result Orientation|results-oriented|results-driven|results oriented|goal-oriented|target-driven|outcome-oriented|delivery-focused
Business Acumen|commercial awareness|commercial acumen|business sense|business mindset
Strategic Thinking|strategic mindset|big-picture thinking
Influencing|persuasion|persuasive|influence without authority|influencing skills
Active Listening|listening skills
Storytelling|storytelling|data storytelling
Written Skills|writing skills|business writing|clear writing
Facilitation|facilitating workshops|workshop facilitation
Professionalism|professional demeanor|confidentiality
Positive Attitude|can-do attitude
Stress Management|work under pressure|working under pressure|under pressure|tight deadlines|deadline-driven|meet deadlines|meeting deadlines|fast-paced environment|fast paced environment
Patience
Cultural Awareness|cross-cultural|intercultural skills|global mindset|cultural sensitivity
Delegation|delegating
Giving Feedback|giving feedback|constructive feedback|receiving feedback|open to feedback
Coaching Skills
Open-mindedness|open-minded
Pragmatism|pragmatic approach
Attention to Quality|quality-focused|quality mindset|high-quality code|clean, maintainable code|maintainable code
Numeracy|numerical skills
Computer Literacy|computer skills|IT skills|digital literacy|tech-savvy|tech savvy
Remote Collaboration|remote work|working remotely|distributed teams|asynchronous communication|async communication
Mentoring Skills|knowledge sharing|knowledge transfer
Negotiation Skills
Sales Skills
Customer Service Skills
Multilingual|bilingual|trilingual|polyglot

# degree
Bachelor's Degree|bachelor's|bachelors degree|bachelor degree|Bachelor|Bachelors|=BS|=BA|=BSc|=B.Sc.|=B.S.|=B.A.|=BEng|=B.Eng.|=BS/BA|=BA/BS|=BS/MS|undergraduate degree|university degree|college degree|four-year degree|4-year degree
Master's Degree|master's|masters degree|master degree|Masters|=MS|=MSc|=M.Sc.|=M.S.|=MEng|=M.Eng.|=MA|=M.A.|graduate degree|postgraduate degree|MS/PhD
MBA|Master of Business Administration|=M.B.A.
PhD|Ph.D.|=PHD|doctorate|doctoral degree|Doctor of Philosophy
Associate Degree|associate's degree|associates degree
High School Diploma|high school|=GED|secondary school|A-levels|A levels
Vocational Training|apprenticeship|vocational qualification|trade school|=NVQ|=HND|=BTEC

# certification
AWS Certified Solutions Architect|AWS Solutions Architect|AWS Certified Solutions Architect Associate|AWS Certified Solutions Architect Professional|AWS SAA
AWS Certified Developer|AWS Certified Developer Associate
AWS Certified SysOps Administrator
AWS Certified DevOps Engineer|AWS DevOps Engineer Professional
AWS Certified Cloud Practitioner|AWS Cloud Practitioner
AWS Certified Security Specialty
AWS Certified Data Analytics|AWS Certified Data Engineer
AWS Certified Machine Learning|AWS Certified Machine Learning Specialty
AWS Certified Advanced Networking
Microsoft Certified Azure Fundamentals|AZ-900|Azure Fundamentals
Microsoft Certified Azure Administrator|AZ-104|Azure Administrator
Microsoft Certified Azure Developer|AZ-204
Microsoft Certified Azure Solutions Architect|AZ-305|AZ-303|AZ-304|Azure Solutions Architect Expert
Microsoft Certified DevOps Engineer|AZ-400
Microsoft Certified Azure Security Engineer|AZ-500
Microsoft Certified Azure Data Engineer|DP-203
Microsoft Certified Azure Data Scientist|DP-100
Microsoft Certified Azure AI Engineer|AI-102
Microsoft Certified Power BI Data Analyst|PL-300|DA-100
MCSE|Microsoft Certified Systems Engineer
MCSA|Microsoft Certified Solutions Associate
MCP certification|Microsoft Certified Professional
Microsoft Office Specialist|MOS certification
Google Cloud Professional Cloud Architect|Professional Cloud Architect|GCP Cloud Architect
Google Cloud Professional Data Engineer|Professional Data Engineer
Google Cloud Associate Cloud Engineer|Associate Cloud Engineer
Google Cloud Professional DevOps Engineer
Google Cloud Professional Machine Learning Engineer
Google Analytics Certification|Google Analytics Individual Qualification|GAIQ
Google Ads Certification
Google Project Management Certificate
Google Data Analytics Certificate
Certified Kubernetes Administrator|CKA
Certified Kubernetes Application Developer|CKAD
Certified Kubernetes Security Specialist|CKS
HashiCorp Certified Terraform Associate|Terraform Associate
Red Hat Certified Engineer|RHCE
Red Hat Certified System Administrator|RHCSA
Linux Professional Institute Certification|LPIC|LPIC-1|LPIC-2
CompTIA A+|A+ certification|CompTIA A Plus
CompTIA Network+|Network+
CompTIA Security+|Security+|Security Plus
CompTIA Linux+|Linux+
CompTIA Cloud+|Cloud+
CompTIA CySA+|CySA+
CompTIA PenTest+|PenTest+
CompTIA CASP+|CASP+
CompTIA Data+
CompTIA Project+
CCNA|Cisco Certified Network Associate
CCNP|Cisco Certified Network Professional
CCIE|Cisco Certified Internetwork Expert
CCDA|CCDP
JNCIA|JNCIP|JNCIE
CISSP|Certified Information Systems Security Professional
CISM|Certified Information Security Manager
CISA|Certified Information Systems Auditor
CRISC
CGEIT
CEH|Certified Ethical Hacker
OSCP|Offensive Security Certified Professional
OSCE|OSWE
GIAC|GSEC|GCIH|GPEN|GCIA
CCSP|Certified Cloud Security Professional
SSCP
ISO 27001 Lead Auditor|ISO 27001 Lead Implementer
PMP|Project Management Professional|PMP certification|PMP certified
CAPM|Certified Associate in Project Management
PRINCE2|PRINCE2 Practitioner|PRINCE2 Foundation
PgMP
PMI-ACP|PMI Agile Certified Practitioner
Certified ScrumMaster|CSM|Certified Scrum Master|Professional Scrum Master|PSM|PSM I|PSM II
Certified Scrum Product Owner|CSPO|Professional Scrum Product Owner|PSPO
SAFe Agilist|SAFe Program Consultant|SPC certification|SAFe certification
ITIL Foundation|ITIL certification|ITIL 4 Foundation
Six Sigma Green Belt|Green Belt|Lean Six Sigma Green Belt
Six Sigma Black Belt|Black Belt|Lean Six Sigma Black Belt
Six Sigma Yellow Belt|Yellow Belt
CBAP|Certified Business Analysis Professional|CCBA|ECBA
IIBA certification
TOGAF|TOGAF certified
COBIT certification
ISTQB|ISTQB Foundation|ISTQB certified|CSTE
Oracle Certified Professional|OCP|Oracle Certified Java Programmer|OCJP|Oracle Certified Associate|OCA
Salesforce Certified Administrator|Salesforce Administrator|Salesforce Certified Platform Developer|Salesforce Platform Developer I|Salesforce Certified
ServiceNow Certified System Administrator|ServiceNow CSA|ServiceNow Certified
SAP Certified|SAP certification
Databricks Certified|Databricks Certified Data Engineer
Snowflake SnowPro|SnowPro Core
Tableau Desktop Specialist|Tableau Certified
Certified Public Accountant|CPA|CPA license
Chartered Accountant|ACA|ICAEW|CA qualification
ACCA|Association of Chartered Certified Accountants
CIMA|Chartered Institute of Management Accountants
CMA|Certified Management Accountant
Chartered Financial Analyst|CFA|CFA charterholder|CFA Level I|CFA Level II|CFA Level III
Financial Risk Manager|FRM
Certified Financial Planner|CFP
Certified Internal Auditor|CIA certification
Certified Fraud Examiner|CFE
Enrolled Agent|EA license
Series 7|Series 63|Series 65|Series 66|FINRA licenses
CAMS|Certified Anti-Money Laundering Specialist
SHRM-CP|SHRM-SCP|SHRM certified
PHR|SPHR|aPHR
CIPD
CIPS|Chartered Institute of Procurement
APICS CPIM|CPIM|CSCP|APICS
Certified Supply Chain Professional
CDL Class A|Class A CDL
Registered Nurse|RN license|registered nurse license|BSN RN
Licensed Practical Nurse|LPN|LVN
Certified Nursing Assistant|CNA
NCLEX
Board Certified|board certification
Professional Engineer|PE license|Chartered Engineer|CEng|EIT certification|FE exam
LEED|LEED AP|LEED Green Associate
NEBOSH certificate
OSHA 30|OSHA 10
Prosci certification
Certified Information Privacy Professional|CIPP|CIPP/E|CIPP/US|CIPM|CIPT
Google UX Design Certificate
Adobe Certified Expert|Adobe Certified Professional
Unity Certified Developer
Cisco CyberOps
Certified Data Management Professional|CDMP
TensorFlow Developer Certificate
Kubernetes and Cloud Native Associate|KCNA
Docker Certified Associate|DCA
Jenkins Certified Engineer
MongoDB Certified Developer|MongoDB Certified DBA
Red Hat Certified Specialist
VMware Certified Professional|VCP|VCAP|VCDX
Citrix Certified|CCA-V|CCP-V
Certified Energy Manager
Lean certification
Security clearance|security clearances|SC clearance|DV clearance|TS/SCI|Top Secret clearance|secret clearance|Public Trust clearance|NV1|NV2|Baseline clearance

# domain
Financial Services|finance industry|financial institutions|financial industry
Wealth Management Platforms|wealth management platform
Payments|payment systems|payment processing|payment gateways|card payments|PSD2|open banking|SWIFT payments|ISO 20022
E-commerce Platforms
Healthtech|digital health|health tech|medtech|MedTech|telehealth|telemedicine
Edtech|EdTech|education technology|learning platforms
Adtech|AdTech|advertising technology|programmatic advertising|real-time bidding|RTB|DSP platforms
Martech|MarTech|marketing technology
Legaltech|LegalTech
Gaming|video games|games industry|iGaming|online gaming|gambling|betting|sports betting
Media and Entertainment|video streaming|OTT
Cleantech|climate tech|ClimateTech|greentech
Agritech|AgTech|agtech
Logistics Technology|logtech|supply chain technology
Mobility|mobility services|ride-hailing|micromobility
Travel Technology|travel industry|online travel|hospitality technology
Real Estate Technology|proptech|PropTech
Cybersecurity Industry|security products
Automotive Software|connected cars|ADAS|autonomous driving
Aerospace and Defense|space industry
Government Sector|public sector|GovTech|govtech|government agencies
Nonprofit|non-profit|NGO|charity sector
B2B SaaS|SaaS products|enterprise software|enterprise SaaS
B2B|business-to-business
=B2C|business-to-consumer
B2C|consumer products|consumer apps|consumer internet
Startups|early-stage startup|scale-up|scaleup
Telecommunications Industry|mobile operators
Semiconductors|semiconductor industry
Manufacturing Industry|industrial automation|Industry 4.0|smart manufacturing
Retail Technology|retail tech|point-of-sale systems
Insurance Industry|insurance sector
Banking Industry|banking sector
Energy Sector|oil & gas|power and utilities
Pharma Industry|biopharma|pharmaceutical companies|life science industry
Hospitality Industry
`;
