/** Software engineering practices, methods, architecture, security and quality. Format: README.md. */
export const DATA_METHODS = `
# method
Agile|Agile methodologies|agile methodology|agile development|agile environment|agile teams
Scrum|Scrum framework|Scrum ceremonies|sprint planning
Kanban
SAFe|Scaled Agile Framework|Scaled Agile
Lean|Lean methodology|Lean principles|~Lean
Lean Six Sigma|Six Sigma|DMAIC
Waterfall|waterfall methodology
Extreme Programming|XP
Pair Programming|pairing|mob programming
Test-Driven Development|TDD|test driven development|test-first
Behavior-Driven Development|BDD|behaviour-driven development|behavior driven development
Domain-Driven Design|DDD|domain driven design
Object-Oriented Programming|OOP|object oriented programming|object-oriented design|OOD|object oriented design|object-oriented|object oriented
Functional Programming|FP|functional languages
Reactive Programming
Asynchronous Programming|async programming|async/await|asynchronous
Concurrency|multithreading|multi-threading|concurrent programming|parallel programming|parallel computing|parallelism
Design Patterns|software design patterns|GoF patterns
=SOLID|SOLID principles
Clean Code|clean architecture|hexagonal architecture|onion architecture
Software Architecture|system architecture|solution architecture|application architecture|technical architecture|architecture design
System Design|systems design|large-scale systems
Software Design|software design principles
Software Development|software engineering|software development lifecycle|SDLC|application development|software development life cycle
Full-Stack Development|full stack|full-stack|fullstack|full stack development
Frontend Development|front-end|frontend|front end|front-end development|front end development|UI development|client-side
Backend Development|back-end|backend|back end|back-end development|server-side|server side
Web Development|web applications|web apps|web application development|web app|web application|websites
Mobile Development|mobile applications|mobile apps|mobile app development|mobile app
Cross-Platform Development|cross-platform|cross platform
Native Mobile Development|native apps
Desktop Applications|desktop application development|desktop apps
Embedded Systems|embedded software|embedded development|firmware|embedded programming|microcontrollers|microcontroller
Game Development|game programming|gamedev
API Design|API development|APIs|API|web APIs|web services|API integrations|API integration|third-party APIs|public APIs
GraphQL APIs
OpenAPI|Swagger|OpenAPI specification
Code Review|code reviews|peer code reviews|reviewing code|review code|code reviewing
Refactoring|refactor|legacy code|code refactoring
Debugging|troubleshooting|debug|troubleshoot|root cause analysis|root cause|RCA|problem diagnosis
Technical Debt|tech debt
Documentation|technical documentation|technical writing|documenting|API documentation
Unit Testing|unit tests|unit test
Integration Testing|integration tests
End-to-End Testing|E2E testing|e2e tests|end to end testing|=E2E
Automated Testing|test automation|automation testing|automated tests|automated testing frameworks
Manual Testing|manual QA
Regression Testing|regression tests
Performance Testing|load testing|stress testing
Security Testing|penetration testing|pen testing|pentesting|vulnerability assessment|ethical hacking
Usability Testing|user testing
Accessibility|a11y|WCAG|web accessibility|ADA compliance|Section 508
Internationalization|i18n|localization|l10n|localisation|internationalisation
Quality Assurance|=QA|software quality|quality engineering|QA engineering
Test Planning|test cases|test plans|test strategy|test design
Software Testing|testing
Static Analysis|static code analysis|static analysis tools|code analysis
Code Quality|software quality metrics|code coverage
Responsive Design|responsive web design|mobile-first|responsive layouts
Progressive Web Apps|PWA|PWAs
Single-Page Applications|SPA|SPAs|single page applications
Server-Side Rendering|SSR|static site generation|SSG
Web Performance|Core Web Vitals|page speed|frontend performance
SEO|search engine optimization|search engine optimisation|technical SEO
Cross-Browser Compatibility|cross-browser|browser compatibility
DOM|DOM manipulation|Virtual DOM
State Management
Micro Frontends|micro-frontends|module federation
Design Systems|design system|component library|component libraries
UI Components|reusable components
Data Structures|data structures and algorithms|DSA|algorithms|algorithm|algorithm design|algorithmic
Computer Science|CS fundamentals|computer science fundamentals
Complexity Analysis|Big O
Memory Management|garbage collection
Networking Protocols|network protocols
Compilers|compiler design|LLVM|GCC|Clang
Operating Systems|OS internals|kernel development|Linux kernel|device drivers
Low-Latency Systems|low latency|high-frequency trading|HFT
High-Performance Computing|HPC|supercomputing
GPU Programming|GPGPU
Cryptography|encryption|PKI|public key infrastructure|hashing
Blockchain|distributed ledger|DLT|Web3|smart contracts|Ethereum|Bitcoin|DeFi|NFT|NFTs
Internet of Things|IoT|IIoT|connected devices
Augmented Reality|AR|Virtual Reality|VR|XR|mixed reality|ARKit|ARCore
Computer Graphics|3D graphics|rendering engines|shaders
Geographic Information Systems|GIS|ArcGIS|QGIS|geospatial
Digital Transformation
Open Source|open-source|OSS|open source software|open source projects
Information Technology|~IT|information technology (IT)
Web Hosting|hosting
Cybersecurity|cyber security|information security|InfoSec|IT security|security engineering|application security|AppSec|cyber-security
Network Security
Cloud Security
Security Operations|SOC|security operations center|SecOps
SIEM|security information and event management
Threat Modeling|threat modelling|threat intelligence|threat hunting
Vulnerability Management|vulnerability scanning|patch management
Identity Management|IAM solutions|identity and access management|IdM|privileged access management|PAM
Zero Trust|zero-trust
OWASP|OWASP Top 10
Secure Coding|secure software development|secure development lifecycle|SDL
Incident Handling|digital forensics|forensics|DFIR
Endpoint Security|EDR|CrowdStrike|SentinelOne|Carbon Black
Data Privacy|privacy|data protection|GDPR|CCPA|HIPAA|privacy by design
Compliance|regulatory compliance|SOX|Sarbanes-Oxley|PCI DSS|PCI-DSS|PCI|SOC 2|SOC2|ISO 27001|ISO/IEC 27001|NIST|NIST CSF|FedRAMP|FISMA
Risk Management|risk assessment|risk analysis|risk mitigation|enterprise risk management
Audit|auditing|internal audit|IT audit|external audit|audits
Business Continuity|BCP
Governance|IT governance|COBIT
IT Service Management|ITSM|ITIL|ITIL v4|service management
ServiceNow
BMC Remedy|Remedy
Help Desk|helpdesk|service desk|technical support|IT support|desktop support|tech support|end-user support|user support
Hardware|computer hardware|hardware troubleshooting
Telephony|VoIP|SIP|Asterisk|unified communications
Electronics|electronic circuits|circuit design|PCB design|PCB layout|Altium|Altium Designer|KiCad|Eagle PCB|OrCAD
FPGA|Xilinx|Vivado|Intel Quartus|Quartus
ASIC|ASIC design|RTL design|chip design|VLSI
Microprocessors|ARM Cortex|ARM architecture|Arduino|Raspberry Pi|STM32|ESP32|AVR|PIC microcontrollers
CAN bus|~CAN|LIN bus|Modbus|Profibus|Profinet|EtherCAT|fieldbus
PLC|PLCs|Programmable Logic Controllers|Siemens S7|Allen-Bradley|TIA Portal|SCADA|HMI|DCS
Control Systems|control theory|PID control
Mechatronics
AUTOSAR
ISO 26262|functional safety|IEC 61508|DO-178C
Simulink|Stateflow
CAD|computer-aided design|CAD software
AutoCAD|AutoCAD Civil 3D|Civil 3D
SolidWorks
CATIA
Siemens NX|Unigraphics|NX CAD
Creo|PTC Creo|Pro/ENGINEER
Autodesk Inventor|Inventor CAD
Fusion 360|Autodesk Fusion 360
Revit|Autodesk Revit
BIM|Building Information Modeling|Building Information Modelling
SketchUp
Rhino 3D|Rhinoceros|Grasshopper
ANSYS|ANSYS Fluent|FEA|finite element analysis|FEM|CFD|computational fluid dynamics
Abaqus
COMSOL
GD&T|geometric dimensioning and tolerancing
CNC|CNC machining|CNC programming|G-code|~CAM
3D Printing|additive manufacturing
Lean Manufacturing|5S|Kaizen|continuous improvement|value stream mapping|Poka-yoke
Quality Control|QC|quality management|quality management systems|QMS|ISO 9001|ISO 13485|TQM
Statistical Process Control|SPC|FMEA|PFMEA|DFMEA|8D|APQP|PPAP|Cpk
Manufacturing|manufacturing processes|production engineering|process engineering
Supply Chain Management|supply chain|SCM processes|supply chain management (SCM)
Logistics|logistics management|freight|shipping and receiving
Inventory Management|inventory control|stock control|warehouse management|WMS|warehousing
Procurement|purchasing|sourcing|strategic sourcing|vendor management|supplier management|contract negotiation
Demand Planning|demand forecasting|S&OP|sales and operations planning|MRP|material requirements planning
Operations Management|business operations
Facilities Management|facility management|building maintenance
Health and Safety|HSE|EHS|OSHA|occupational health and safety|workplace safety|NEBOSH|IOSH
Environmental Management|ISO 14001|sustainability|ESG|carbon accounting
`;
