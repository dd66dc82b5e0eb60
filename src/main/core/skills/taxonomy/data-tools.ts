/** Developer tools, IDEs, platforms and more cloud/data/security products. Format: README.md. */
export const DATA_TOOLS = `
# tool
Visual Studio Code|VS Code|VSCode
Visual Studio|MS Visual Studio
IntelliJ IDEA|IntelliJ
PyCharm
WebStorm
GoLand
CLion
Rider IDE|JetBrains Rider
PhpStorm
RubyMine
DataGrip
Android Studio IDE
Xcode
Eclipse IDE|Eclipse
NetBeans
Vim|Neovim
Emacs
Sublime Text
Notepad++
JupyterHub
RStudio IDE
Spyder IDE
Cursor editor
GitHub Copilot|Copilot
Tabnine
Postman API Platform
Swagger UI|Swagger Editor
Stoplight
Charles Proxy
Fiddler
ngrok
Homebrew
Chocolatey
apt|dpkg|yum|rpm packages
tmux
cron|cron jobs|crontab
rsync
curl
jq
Make build tool
Meson
Ninja build
Conan package manager
vcpkg
Valgrind
GDB|LLDB
perf profiling|profiling|profilers
Chrome DevTools|DevTools
React DevTools
Redux DevTools
Sentry Performance
Firebase Analytics
Crashlytics Reports
App Store Connect|App Store
Google Play Console|Google Play
TestFlight
Mobile Device Management|MDM solutions
Jira Align
Confluence Cloud
Notion Docs
Linear app
YouTrack
Redmine
Bugzilla
Mantis bug tracker
TestRail
Zephyr Scale|Zephyr
Xray test management
qTest
HP ALM|Quality Center|Micro Focus ALM
LoadRunner|Micro Focus LoadRunner
UFT|QTP|Unified Functional Testing
Tricentis Tosca|Tosca
Ranorex
Katalon Studio|Katalon
SmartBear
BlazeMeter
Mabl
Applitools
Pingdom
UptimeRobot
StatusPage
Grafana Tempo
Elastic APM
AppSignal
Rollbar
Bugsnag
LogRocket
FullStory
Smartlook
Crowdin
Lokalise
Phrase TMS
Transifex
Algolia Search
Elastic Cloud
Confluent Cloud
Aiven
MongoDB Compass
pgAdmin
DBeaver
MySQL Workbench
Toad for Oracle|Toad
SQL Developer|Oracle SQL Developer
Redgate
Navicat
HeidiSQL
Adminer
phpMyAdmin
Sequel Pro|Sequel Ace
Robo 3T|Studio 3T
Redis Insight
Kafka UI|Kafdrop|AKHQ
Schema Registry|Confluent Schema Registry
Debezium
Change Data Capture|CDC
Kafka Connectors
Apache Atlas
Amundsen
DataHub
Collibra
Alation
Great Expectations
Monte Carlo data
Soda data quality
OpenLineage
Apache Kylin
Apache Doris
StarRocks
DuckDB
MotherDuck
SingleStore|MemSQL
Exasol
Firebolt
Azure Data Explorer|Kusto|KQL
Splunk SPL|SPL
PromQL
LogQL
Flux query language
InfluxQL
N1QL
CQL|Cassandra Query Language
Elasticsearch Query DSL
Lucene query syntax
Jinja SQL
SQLFluff
LookML modeling
Cube.dev|Cube semantic layer
Semantic Layer
Headless BI
Hex notebooks|Hex
Deepnote
Observable notebooks|Observable
Mode notebooks
Zeppelin|Apache Zeppelin
Databricks Notebooks
Databricks SQL
Delta Live Tables
MLflow Tracking
SageMaker Pipelines
Vertex AI Pipelines
Azure ML Pipelines
Kubeflow Pipelines
Metaflow
ZenML
BentoML
Seldon Core|Seldon
KServe|KFServing
Triton Inference Server|NVIDIA Triton
TorchServe
TensorFlow Serving
Ray Serve
Evidently AI
Arize AI
WhyLabs
Fiddler AI
Label Box|Labelbox
Scale AI
Snorkel
Prodigy annotation
CVAT
Roboflow
Ultralytics
MMDetection
Keras Tuner
TensorBoard
Weights and Biases Sweeps
Comet ML
Neptune.ai
Hugging Face Hub
Hugging Face Datasets
Tokenizers
SentencePiece
fastText
Word2Vec
GloVe
ELMo
GPT-2
BART
DistilBERT
XLM-R|XLM-RoBERTa
CLIP model
Diffusion Models|diffusion
GANs|Generative Adversarial Networks|GAN
VAEs|Variational Autoencoders|autoencoders
RNN|Recurrent Neural Networks|LSTM|GRU
CNN|Convolutional Neural Networks|ConvNets
Graph Neural Networks|GNN|GNNs
Gradient Boosting|gradient boosted trees|GBM
Random Forests|random forest|decision trees
Support Vector Machines|SVM|SVMs
Naive Bayes
k-Nearest Neighbors|KNN|kNN
Principal Component Analysis|PCA|dimensionality reduction
Markov Models|Hidden Markov Models|HMM|Markov chains
Monte Carlo Simulation|Monte Carlo methods
Simulation Modeling|discrete event simulation
Multi-Armed Bandits|bandits
Causal ML|uplift modeling
Survival Analysis
Mixed-Effects Models|hierarchical models|multilevel models
Structural Equation Modeling|SEM models
Factor Analysis
Cluster Analysis|segmentation analysis|customer segmentation
Cohort Analysis|retention analysis
Funnel Analysis|conversion analysis
Attribution Modeling|marketing attribution|marketing mix modeling|MMM
Customer Lifetime Value|CLV|LTV
Churn Prediction|churn modeling
Demand Forecasting Models
Pricing Analytics|price optimization
Geospatial Analysis|spatial analysis
Network Analysis|graph analytics
Text Classification|document classification
Named Entity Recognition|NER|entity extraction
Information Extraction
Question Answering|QA systems
Machine Translation|neural machine translation|NMT
Summarization|text summarization
Topic Modeling|LDA
OCR|optical character recognition|Tesseract
Image Segmentation|semantic segmentation|instance segmentation
Object Tracking|multi-object tracking
Pose Estimation
3D Reconstruction|SLAM|structure from motion
Point Clouds|point cloud processing
Sensor Fusion|Kalman filters|Kalman filter
Motion Planning|path planning
Reinforcement Learning Agents|AI agents|agentic AI|LLM agents
Function Calling|tool calling
Vector Search Engines
Semantic Search|neural search
Chatbots|conversational AI|virtual assistants
Voice Assistants|voice interfaces
Responsible AI|AI ethics|AI safety|AI governance
Model Evaluation|model validation|evals
Explainable AI|XAI|model interpretability
Federated Learning
Differential Privacy
Edge ML|TinyML
Quantization|model quantization|model compression
Distributed Training|data parallelism|model parallelism|DeepSpeed|FSDP|Horovod
GPU Clusters|GPU infrastructure|Slurm
High-Throughput Systems|high throughput
Real-Time Systems|real-time processing|real time systems
Multi-Tenant Architecture|multi-tenancy|multi-tenant|multitenancy|multitenant
API Gateways|API gateway
Rate Limiting
Circuit Breakers|circuit breaker pattern
CQRS|Command Query Responsibility Segregation
Event Sourcing
Saga Pattern|sagas
Outbox Pattern
Idempotency
Twelve-Factor App|12-factor|12-Factor App
Feature Flags|feature toggles|LaunchDarkly|Unleash
Blue-Green Deployments|blue/green deployment|canary releases|canary deployments|rolling deployments
Trunk-Based Development
Semantic Versioning|SemVer
Monorepos|monorepo
Code Generation|codegen
Dependency Injection|DI|inversion of control|IoC
Unit of Work|Repository Pattern
Actor Model
Reactive Streams
WebAssembly Runtime|Wasmtime|Wasmer
Service Workers
Web Workers
IndexedDB
LocalStorage|Web Storage
WebGL
WebGPU
Canvas API|HTML Canvas
SVG
Web Audio API
Web Bluetooth|WebUSB
Push Notifications|push notification services
In-App Purchases|StoreKit
Deep Linking|universal links|app links
App Performance|app startup time
Offline-First|offline first
Mobile CI/CD|Bitrise|Codemagic
Mobile Analytics
Wearables|smartwatches
Automotive Infotainment|Android Automotive|CarPlay|Android Auto
Smart TV Apps|tvOS apps|Tizen|webOS
Set-Top Boxes
Game Engines|game engine development
Multiplayer Networking|netcode
Game Physics|physics engines|Box2D|PhysX|Havok
Shader Programming|shader development
Procedural Generation
Game AI|behaviour trees|behavior trees
Level Editors
Audio Middleware|FMOD|Wwise
Console Development|PlayStation development|Xbox development|Nintendo Switch development
Steamworks|Steam SDK
Live Ops|LiveOps|live operations
Monetization|in-game monetization|ad monetization
Ad Networks|AdMob|AppLovin|ironSource|Unity Ads
Attribution SDKs|AppsFlyer|Adjust SDK|Branch.io
Customer Data Platforms|CDP
Data Clean Rooms
Consent Management|cookie consent|OneTrust
Identity Resolution
Loyalty Programs
Point of Sale Systems|POS systems|Lightspeed|Toast POS|Square POS
Payment Gateways|payment gateway integration
Card Issuing|Marqeta
Fraud Prevention|fraud prevention tools|Sift|Riskified
KYC Platforms|Onfido|Jumio
Core Banking|core banking systems|Temenos|Finastra|Mambu|Thought Machine
Trading Platforms|trading systems
Market Data|market data feeds
Risk Engines
Regulatory Reporting
Credit Scoring|credit risk models|scorecards
Insurance Platforms|Guidewire|Duck Creek
Claims Systems
Actuarial Software|Prophet actuarial
EHR Integration|Epic integration
Healthcare Interoperability|interoperability
Medical Device Software|SaMD|software as a medical device|IEC 62304
Clinical Decision Support
LIMS|laboratory information management systems
ELN|electronic lab notebooks
SCADA Systems
Digital Twins|digital twin
Predictive Maintenance Analytics
MES|manufacturing execution systems
PLM|product lifecycle management|Teamcenter|Windchill
ERP Implementation|ERP migration
Salesforce Implementation|CRM implementation
SAP Implementation|SAP rollout
Workday Implementation
ServiceNow Development|ServiceNow ITSM|ServiceNow ITOM
Atlassian Administration|Jira administration
Microsoft 365 Administration|Office 365 administration
Google Workspace Administration
Azure Administration
AWS Administration
Linux Kernel Tuning
Storage Systems|SAN|NAS|storage area networks|NetApp|Dell EMC|Pure Storage
Backup and Recovery|backups|Veeam|Commvault|Veritas NetBackup
Data Center Operations|data centre operations|data centers|data centres
Server Hardware|rack servers|blade servers
Cabling|structured cabling|fiber optics
IP Telephony|Cisco CUCM|Avaya
Video Conferencing Systems|Polycom|Cisco Webex|Webex
Network Monitoring|SNMP|PRTG|SolarWinds
Packet Analysis|tcpdump
Load Testing Tools
IDS/IPS|intrusion detection|intrusion prevention|Snort|Suricata
Web Application Firewalls
DDoS Protection|DDoS mitigation
Email Security|Proofpoint|Mimecast|DMARC|SPF|DKIM
DLP|data loss prevention
CASB
SASE|Zscaler|Netskope
Secrets Management|secret management
Certificate Management|TLS certificates|Let's Encrypt
HSM|hardware security modules
Penetration Testing Tools
Reverse Engineering|IDA Pro|Ghidra|binary analysis
Malware Analysis
Exploit Development
Fuzzing|fuzz testing|AFL|libFuzzer
Bug Bounty|bug bounties|HackerOne|Bugcrowd
Red Teaming|red team
Blue Teaming|blue team
Purple Teaming
Security Awareness Training|phishing simulations
SOAR|security orchestration
Splunk Enterprise Security|Splunk ES
QRadar|IBM QRadar
ArcSight
Elastic Security
Microsoft Defender for Endpoint
Tenable|Nessus
Qualys
Rapid7|InsightVM
Wiz
Prisma Cloud
Lacework
Aqua Security
Falco
Trivy
Clair scanner
Cosign|Sigstore
SBOM|software bill of materials
Supply Chain Security|software supply chain security|SLSA
Container Security
Kubernetes Security
IAM Policies
Least Privilege|principle of least privilege
RBAC|role-based access control|ABAC
MFA|multi-factor authentication|2FA|two-factor authentication
Passkeys|WebAuthn|FIDO2
Biometrics
Digital Identity
Blockchain Development|dApps|decentralized applications
Hardhat
Truffle
Foundry toolkit
Web3.js|Ethers.js|ethers
Solana|Rust Solana
Polygon network
Hyperledger|Hyperledger Fabric
Layer 2|rollups|zk-rollups|zero-knowledge proofs|ZKP
Tokenomics
Crypto Wallets|wallets|MetaMask
Quantum Computing|Qiskit|Cirq

# certification
AWS Certified Database Specialty
AWS Certified SAP on AWS
Azure Network Engineer Associate|AZ-700
Azure Virtual Desktop Specialty|AZ-140
Microsoft Certified Security Operations Analyst|SC-200
Microsoft Certified Identity and Access Administrator|SC-300
Microsoft 365 Certified Administrator|MS-102
Microsoft Certified Dynamics 365 Fundamentals|MB-910
Microsoft Certified Fabric Analytics Engineer|DP-600
Google Cloud Professional Cloud Security Engineer
Google Cloud Professional Cloud Network Engineer
Google Cloud Digital Leader
Oracle Cloud Infrastructure Architect|OCI Architect
Alibaba Cloud Certified|ACA Cloud
Cisco DevNet Associate|DevNet
Cisco Certified CyberOps Associate
Fortinet NSE|NSE 4
Palo Alto PCNSE|PCNSE
Juniper JNCIS
Aruba ACMP
CWNA
ITIL Managing Professional
ISO 9001 Lead Auditor
ISO 22301 Lead Implementer
Certified Information Privacy Manager
Certified Ethical Hacker Practical
EC-Council CHFI|CHFI
GIAC Certified Forensic Analyst|GCFA
Offensive Security Experienced Penetration Tester|OSEP
eLearnSecurity eJPT|eJPT
CREST certification|CREST
Splunk Core Certified|Splunk Certified
Elastic Certified Engineer
Confluent Certified Developer for Apache Kafka|CCDAK
Cloudera Certified|CCA Spark and Hadoop Developer
Google Professional Data Engineer Certificate
IBM Data Science Professional Certificate
DeepLearning.AI Certificate
Certified Analytics Professional|CAP certification
SAS Certified|SAS Certified Specialist
Alteryx Designer Certified
Qlik Sense Certified
Salesforce Certified Marketing Cloud|Marketing Cloud Consultant
HubSpot Certified|HubSpot Inbound Certification
Meta Certified|Facebook Blueprint
Hootsuite Certified
Certified Product Manager|AIPMM
Pragmatic Institute Certified|Pragmatic Marketing Certified
Product School Certified
Certified Usability Analyst|CUA
Nielsen Norman UX Certification|NN/g UX Certification
Interaction Design Foundation Certificate
Certified Scrum Developer|CSD
Certified Scrum Professional|CSP-SM|CSP-PO
ICAgile certification|ICP-ACC
Kanban Management Professional|KMP
Disciplined Agile certification
APMG Change Management|Change Management Practitioner
Certified Management Consultant|CMC
Chartered Institute of Marketing|CIM
Chartered Financial Planner
Certified Treasury Professional|CTP
Certified Payroll Professional|CPP
Certified Bookkeeper
Chartered Tax Adviser|CTA
Certified Credit Professional
FINRA Series 79|Series 79
Series 24
Certified Risk Manager
Associate in Risk Management|ARM
Chartered Property Casualty Underwriter|CPCU
Fellow of the Society of Actuaries|FSA|ASA
Certified Medical Coder|CPC certification
Registered Health Information Administrator|RHIA
Certified Clinical Research Professional|CCRP|ACRP
Registered Dietitian|RD
Certified Pharmacy Technician|CPhT
Emergency Medical Technician|EMT|Paramedic certification
Certified Occupational Therapist
Licensed Clinical Social Worker|LCSW
Teaching License|teaching certificate|QTS|PGCE
Montessori Certification
Certified Professional in Learning and Performance|CPLP
ATD certification
Certified Welding Inspector|CWI
Certified Quality Engineer|CQE
Certified Quality Auditor|CQA
Certified Reliability Engineer|CRE
Certified Manufacturing Engineer
Project Management Institute Scheduling Professional|PMI-SP
PMI Risk Management Professional|PMI-RMP
Certified Facility Manager|CFM
Certified Construction Manager|CCM
Construction Site Safety|CSCS card|SMSTS
First Aid Certificate|first aid certified
Food Hygiene Certificate|ServSafe
Forklift Certification
Commercial Pilot License|CPL
Airline Transport Pilot License|ATPL
A&P Mechanic|Airframe and Powerplant
DBS Check|DBS|enhanced DBS|DBS certificate|CRB check|background check clearance
GCSEs|GCSE|GCSE Maths and English
NVQ Qualification|NVQ Level 2|NVQ Level 3|NVQ 2|NVQ 3|QCF Level 3|Level 3 Diploma in Health and Social Care
SIA Licence|SIA license|SIA door supervisor
Full UK Driving Licence|full driving licence|clean driving licence|valid driving license|valid driver's license
CPCS card|NPORS
IPAF|PASMA
Gas Safe|Gas Safe registered
17th Edition|18th Edition|BS 7671
NMC Registration|NMC PIN|HCPC Registration
GMC Registration
CSCS
AAT|AAT Level 3|AAT Level 4
CeMAP
IMC certification|Investment Management Certificate
CII Certificate|Cert CII
Level 2 Food Hygiene|Food Safety Level 2
Manual Handling|manual handling certificate
Safeguarding|safeguarding training|child protection
Moving and Handling
Medication Training
Paediatric First Aid
`;
