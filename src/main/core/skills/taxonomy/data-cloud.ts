/** Cloud platforms and services, DevOps and infrastructure tools. Format: see README.md. */
export const DATA_CLOUD = `
# cloud
Amazon Web Services|AWS|Amazon AWS|AWS cloud
Microsoft Azure|Azure|Azure cloud|MS Azure
Google Cloud Platform|GCP|Google Cloud
Oracle Cloud Infrastructure|OCI|Oracle Cloud
IBM Cloud|Bluemix
Alibaba Cloud|Aliyun
DigitalOcean|Digital Ocean
Linode|Akamai Cloud
Hetzner
OVHcloud|OVH
Heroku
Vercel
Netlify
Cloudflare|Cloudflare Workers|Cloudflare Pages
Fly.io
Render.com
Railway app
Firebase|Firebase Auth|Firestore|Cloud Firestore|Firebase Realtime Database
Supabase
Appwrite
OpenStack
VMware|VMware vSphere|vSphere|ESXi|vCenter|VMware ESXi
VMware NSX|NSX
VMware Horizon
Citrix|Citrix XenApp|Citrix Virtual Apps
Hyper-V|Microsoft Hyper-V
Proxmox
KVM
Xen
VirtualBox
Nutanix
Amazon EC2|EC2|AWS EC2|Elastic Compute Cloud
Amazon S3|S3|AWS S3|Simple Storage Service
AWS Lambda|Lambda functions|~Lambda
Amazon RDS|RDS|AWS RDS
Amazon Aurora|Aurora|AWS Aurora
Amazon DynamoDB|DynamoDB|Dynamo DB
Amazon ECS|ECS|AWS ECS|Elastic Container Service
Amazon EKS|EKS|AWS EKS|Elastic Kubernetes Service
Amazon ECR|ECR
AWS Fargate|Fargate
AWS CloudFormation|CloudFormation|CFN
AWS CDK|CDK|Cloud Development Kit
AWS SAM|Serverless Application Model
Amazon CloudWatch|CloudWatch|Cloud Watch
AWS CloudTrail|CloudTrail
AWS IAM|IAM|Identity and Access Management
Amazon VPC|VPC|=VPCs|Virtual Private Cloud
Amazon Route 53|Route 53|Route53
Amazon CloudFront|CloudFront
Amazon API Gateway|API Gateway|AWS API Gateway
Amazon SQS|SQS|Simple Queue Service
Amazon SNS|SNS|Simple Notification Service
Amazon Kinesis|Kinesis|Kinesis Data Streams|Kinesis Firehose
Amazon MSK|MSK
Amazon EventBridge|EventBridge|CloudWatch Events
AWS Step Functions|Step Functions
AWS Glue|Glue ETL|~Glue
Amazon Athena|Athena
Amazon Redshift|Redshift|Redshift Spectrum
Amazon EMR|EMR|Elastic MapReduce
Amazon SageMaker|SageMaker|Sagemaker
Amazon Bedrock|Bedrock
Amazon Rekognition|Rekognition
Amazon Comprehend
Amazon Textract|Textract
Amazon Polly
Amazon Lex
Amazon Transcribe
Amazon Elasticsearch Service|Amazon OpenSearch Service|AWS OpenSearch
Amazon ElastiCache|ElastiCache
Amazon Neptune|Neptune database
Amazon DocumentDB|DocumentDB
Amazon Timestream
Amazon Keyspaces
Amazon QuickSight|QuickSight
AWS Lake Formation|Lake Formation
AWS Data Pipeline
AWS DMS|Database Migration Service
AWS Elastic Beanstalk|Elastic Beanstalk|Beanstalk
Amazon Lightsail|Lightsail
AWS Batch
AWS Amplify|Amplify
AWS AppSync|AppSync
Amazon Cognito|Cognito
AWS Secrets Manager|Secrets Manager
AWS KMS|KMS|Key Management Service
AWS Systems Manager|SSM|Parameter Store
AWS Config
AWS Organizations
AWS Control Tower|Control Tower
AWS GuardDuty|GuardDuty
AWS Security Hub|Security Hub
AWS WAF|WAF|Web Application Firewall
AWS Shield
Amazon Inspector
Amazon Macie
AWS Direct Connect|Direct Connect
AWS Transit Gateway|Transit Gateway
Elastic Load Balancing|ELB|ALB|NLB|Application Load Balancer|Network Load Balancer
AWS Auto Scaling|Auto Scaling|Autoscaling|auto-scaling groups|ASG
Amazon EBS|EBS|Elastic Block Store
Amazon EFS|EFS|Elastic File System
Amazon Glacier|S3 Glacier|Glacier
AWS Backup
AWS Storage Gateway
AWS Outposts
AWS CodePipeline|CodePipeline
AWS CodeBuild|CodeBuild
AWS CodeDeploy|CodeDeploy
AWS CodeCommit|CodeCommit
AWS CodeArtifact
AWS X-Ray|X-Ray
Amazon SES|SES|Simple Email Service
Amazon Connect
Amazon Pinpoint
AWS IoT Core|AWS IoT
AWS Greengrass
Amazon MQ
AWS Well-Architected Framework|Well-Architected
AWS Cost Explorer
Azure Functions
Azure App Service|Azure AppService|Azure App Services|Azure Web Apps
Azure Kubernetes Service|AKS
Azure Container Instances|ACI
Azure Container Registry|ACR
Azure Container Apps
Azure Virtual Machines|Azure VMs|Azure VM
Azure Blob Storage|Blob Storage|Azure Storage
Azure SQL|Azure SQL Database|Azure SQL DB|Azure SQL Managed Instance
Azure Cosmos DB|Cosmos DB|CosmosDB
Azure Data Factory|ADF|Data Factory
Azure Synapse Analytics|Azure Synapse|Synapse Analytics
Azure Databricks
Azure Data Lake|ADLS|Azure Data Lake Storage|ADLS Gen2
Azure Stream Analytics
Azure Event Hubs|Event Hubs|EventHub
Azure Event Grid|Event Grid
Azure Service Bus|Service Bus|ServiceBus
Azure Logic Apps|Logic Apps
Azure API Management|APIM|API Management
Azure Active Directory|Azure AD|AAD|Microsoft Entra ID|Entra ID
Azure Key Vault|Key Vault|KeyVault
Azure Monitor|Application Insights|App Insights|Log Analytics
Azure DevOps|Azure DevOps Services|VSTS|TFS|Team Foundation Server|Azure Pipelines|Azure Boards|Azure Repos
Azure Resource Manager|ARM templates|ARM template|Azure Bicep|Bicep
Azure CLI|az cli
Azure Policy
Azure Sentinel|Microsoft Sentinel
Microsoft Defender for Cloud|Azure Security Center|Microsoft Defender
Azure Machine Learning|Azure ML
Azure Cognitive Services|Azure AI Services
Azure OpenAI|Azure OpenAI Service
Azure Virtual Network|VNet|Azure VNet
Azure Front Door
Azure Load Balancer|Azure Application Gateway
Azure Cache for Redis
Azure Static Web Apps
Azure Purview|Microsoft Purview
Azure Arc
Azure Stack|Azure Stack HCI
Azure IoT Hub|IoT Hub
Azure Batch
Azure Files
Azure Backup|Azure Site Recovery
Google Compute Engine|GCE|Compute Engine
Google Kubernetes Engine|GKE
Google App Engine|App Engine|GAE
Google Cloud Functions|Cloud Functions
Google Cloud Run|Cloud Run
Google Cloud Storage|GCS|Cloud Storage
Google BigQuery|BigQuery|Big Query
Google Cloud SQL|Cloud SQL
Google Cloud Spanner|Cloud Spanner|Spanner
Google Bigtable|Bigtable|Cloud Bigtable
Google Cloud Pub/Sub|Pub/Sub|PubSub|Cloud Pub/Sub
Google Cloud Dataflow|Dataflow|Cloud Dataflow
Google Cloud Dataproc|Dataproc
Google Cloud Composer|Cloud Composer
Vertex AI|Google Vertex AI|AI Platform
Google Looker Studio|Looker Studio|Data Studio|Google Data Studio
Looker|LookML
Google Cloud Build|Cloud Build
Google Artifact Registry|Container Registry
Google Cloud IAM
Google Cloud Monitoring|Stackdriver|Cloud Monitoring|Cloud Logging
Google Firebase Cloud Messaging|FCM|Firebase Cloud Messaging
Apigee
Anthos
Google Workspace|G Suite|GSuite
Google Apps Script|Apps Script

# devops
DevOps|Dev Ops|DevSecOps|DevSec Ops
Site Reliability Engineering|SRE|Site Reliability
Platform Engineering
GitOps
MLOps|ML Ops
DataOps
FinOps|cloud cost optimization
CI/CD|CICD|CI CD|CI / CD|continuous integration and continuous delivery|continuous integration and delivery|continuous integration and deployment|build and deployment pipelines|deployment pipelines|CI/CD pipelines
Continuous Integration|CI|CI pipelines
Continuous Delivery|Continuous Deployment|CD pipelines
Infrastructure as Code|IaC|Infrastructure-as-Code
Configuration Management
Docker|Docker Containers|Dockerfile|Dockerfiles|Docker Compose|docker-compose|Docker Swarm
Podman
Containerd
Containers|Containerization|containerisation|containerized|containerised|container technologies
Kubernetes|K8s|K8S|Kube|kubectl
Helm|Helm charts|~Helm
Kustomize
OpenShift|Red Hat OpenShift|OCP
Rancher
Istio
Linkerd
Service Mesh
Envoy|Envoy proxy
Consul|HashiCorp Consul|~Consul
Vault|HashiCorp Vault|~Vault
Nomad|HashiCorp Nomad|~Nomad
Terraform|Terraform Cloud|Terraform Enterprise|HashiCorp Terraform
Terragrunt
Pulumi
Packer|HashiCorp Packer|~Packer
Vagrant
Ansible|Ansible Tower|AWX|Ansible playbooks
Chef|Chef Infra|~Chef
Puppet|~Puppet
SaltStack|Salt|~Salt
CFEngine
Jenkins|Jenkins pipelines|Jenkinsfile
GitHub Actions|GH Actions
GitLab CI|GitLab CI/CD|GitLab pipelines
CircleCI|Circle CI
Travis CI|TravisCI|~Travis
TeamCity
Bamboo|Atlassian Bamboo|~Bamboo
Bitbucket Pipelines
Azure Pipelines
Argo CD|ArgoCD|Argo|Argo Workflows|Argo Rollouts
Flux CD|FluxCD|~Flux
Spinnaker
Tekton
Drone CI
Buildkite
Octopus Deploy
Harness CI
Nexus|Sonatype Nexus|Nexus Repository
JFrog Artifactory|Artifactory|JFrog
Harbor registry
Prometheus
Grafana|Grafana Loki|Loki
Alertmanager
Thanos
Jaeger
Zipkin
OpenTelemetry|OTel
Datadog
New Relic|NewRelic
Dynatrace
AppDynamics
Splunk
Sumo Logic
ELK Stack|ELK|Elastic Stack|EFK
Logstash
Kibana
Beats|Filebeat|Metricbeat
Fluentd|Fluent Bit
Graylog
Nagios
Zabbix
Icinga
PagerDuty
Opsgenie
Sentry|Sentry.io
Honeycomb
Observability|monitoring and observability
Monitoring|system monitoring|application monitoring
Logging|centralized logging
Alerting
Incident Management|incident response|on-call
Chaos Engineering|Chaos Monkey|Gremlin chaos
Load Balancing|load balancers|load balancer
NGINX|Nginx|nginx ingress
Apache HTTP Server|Apache httpd|Apache web server|~Apache
HAProxy
Traefik
Caddy
Varnish|Varnish Cache
Squid proxy
IIS|Internet Information Services
Tomcat|Apache Tomcat
JBoss|WildFly
WebLogic|Oracle WebLogic
WebSphere|IBM WebSphere
GlassFish
Jetty
Gunicorn
uWSGI
PM2
Linux|GNU/Linux|Linux administration|Linux systems|Linux servers
Ubuntu
Debian
Red Hat Enterprise Linux|RHEL|Red Hat|RedHat
CentOS
Fedora
Rocky Linux|AlmaLinux
SUSE|SLES|openSUSE
Alpine Linux
Arch Linux
Unix|UNIX|Unix-like
Solaris|Oracle Solaris
AIX|IBM AIX
HP-UX
FreeBSD|OpenBSD|BSD
Windows Server|Windows Server 2019|Windows Server 2022
Windows|Microsoft Windows|Windows 10|Windows 11
macOS|Mac OS|OS X|OSX
iOS
Android
watchOS|tvOS|visionOS
Embedded Linux|Yocto|Yocto Project|Buildroot
RTOS|FreeRTOS|Zephyr RTOS|VxWorks|QNX
systemd
Active Directory|AD DS|Microsoft Active Directory
LDAP|OpenLDAP
Group Policy|GPO
Microsoft Intune|Intune
SCCM|Microsoft Endpoint Configuration Manager|MECM
Microsoft Exchange|Exchange Server|Exchange Online
Office 365|Microsoft 365|M365|O365
Jamf
DNS|Domain Name System
DHCP
TCP/IP|TCP|UDP|IP networking
HTTP|HTTPS|HTTP/2|HTTP/3
REST|RESTful|REST API|REST APIs|RESTful APIs|RESTful services|RESTful web services|REST services|RESTful API
SOAP|SOAP web services
WebSockets|WebSocket|Web Sockets
Server-Sent Events|SSE
WebRTC
MQTT
AMQP
CoAP
OAuth|OAuth2|OAuth 2.0
OpenID Connect|OIDC
SAML|SAML 2.0
JWT|JSON Web Tokens|JSON Web Token
Single Sign-On|SSO
Kerberos
SSL/TLS|TLS|SSL|mTLS
SSH|OpenSSH
VPN|IPsec|WireGuard|OpenVPN
BGP|OSPF|EIGRP|RIP routing
VLAN|VLANs
SD-WAN
MPLS
Firewalls|firewall|firewall configuration|Palo Alto firewalls|Fortinet|FortiGate|Check Point firewall
Cisco|Cisco IOS|Cisco routers|Cisco switches
Juniper|Junos
Networking|computer networking|network administration|network engineering
Routing and Switching|routing|switching
Wi-Fi|WiFi|WLAN|wireless networking
CDN|Content Delivery Network|content delivery networks
Akamai
Fastly
Serverless|Serverless Framework|serverless architecture
Microservices|Microservice|micro-services|micro services|microservices architecture
Service-Oriented Architecture|SOA
Event-Driven Architecture|EDA|event-driven|event driven
Distributed Systems|distributed computing|distributed system
High Availability|HA|high-availability
Disaster Recovery|DR|business continuity and disaster recovery|BCDR
Scalability|scalable systems|horizontal scaling
Fault Tolerance|fault-tolerant
Performance Tuning|performance optimization|performance optimisation|performance engineering
Capacity Planning
Caching|cache|caching strategies
Message Queues|message queue|message queuing|message brokers|message broker|messaging systems
Cloud Computing|Cloud|cloud platforms|cloud infrastructure|cloud services|cloud technologies|cloud-native|cloud native|public cloud|multi-cloud|hybrid cloud
PaaS|Platform as a Service
IaaS|Infrastructure as a Service
SaaS|Software as a Service
Virtualization|virtualisation|virtual machines|VMs
Cloud Migration|cloud migrations|migration to the cloud
Infrastructure|IT infrastructure|infrastructure management
System Administration|sysadmin|systems administration|system administrator
Automation|IT automation|process automation|automate|automating|automated
Scripting|scripting languages
Release Management|release engineering
Build Systems|build tools|build automation|Bazel|Buck|Pants build
Version Control|source control|version control systems|VCS|SCM
Git|Git flow|GitFlow|git workflows
GitHub|Github|GitHub Enterprise
GitLab|Gitlab
Bitbucket|BitBucket
Mercurial|hg
Subversion|SVN
Perforce|Helix Core
Gerrit
`;
