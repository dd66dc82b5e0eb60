/** Databases, data engineering, analytics, BI, AI and machine learning. Format: see README.md. */
export const DATA_DATA = `
# database
PostgreSQL|Postgres|Postgre|PostgresSQL|psql|PostGIS
MySQL|My SQL
MariaDB
Microsoft SQL Server|SQL Server|MS SQL|MSSQL|MS SQL Server|SQL Server Management Studio|SSMS
Oracle Database|Oracle DB|Oracle RDBMS|Oracle 19c|Oracle 12c|~Oracle
SQLite|SQLite3
IBM Db2|DB2
Sybase|SAP ASE
Teradata
Informix
Microsoft Access|MS Access
MongoDB|Mongo|Mongo DB|MongoDB Atlas
Cassandra|Apache Cassandra|DataStax
ScyllaDB
Couchbase
CouchDB|Apache CouchDB
Redis|Redis Cluster|Redis Streams
Memcached
Elasticsearch|Elastic Search|ElasticSearch|OpenSearch
Apache Solr|Solr
Apache Lucene|Lucene
Algolia
Meilisearch
Typesense
Neo4j
ArangoDB
JanusGraph
TigerGraph
Amazon Neptune
InfluxDB
TimescaleDB
Prometheus TSDB
ClickHouse
Apache Druid|Druid
Apache Pinot
Vertica
Greenplum
Netezza
SAP HANA|HANA
CockroachDB
YugabyteDB
TiDB
Vitess
PlanetScale
Neon database
FaunaDB
RethinkDB
Realm|MongoDB Realm|~Realm
HBase|Apache HBase
Apache Accumulo
Riak
etcd
ZooKeeper|Apache ZooKeeper
FoundationDB
LevelDB|RocksDB
Pinecone
Weaviate
Milvus
Qdrant
Chroma|ChromaDB
pgvector
Vector Databases|vector database|vector DB|vector search|vector stores
Databases|database|database systems|database technologies
Relational Databases|RDBMS|relational database|relational databases|SQL databases|SQL DBs|SQL DB
NoSQL|NoSQL databases|non-relational databases
Graph Databases|graph database
Time Series Databases|time-series database|TSDB
Database Design|data modeling|data modelling|database modeling|schema design|dimensional modeling|dimensional modelling
Database Administration|DBA|database management
Query Optimization|query tuning|SQL tuning|query optimisation
Stored Procedures|stored procedure|triggers and stored procedures
Indexing|database indexing
Replication|database replication
Sharding|database sharding|partitioning
ORM|Object-Relational Mapping|ORMs
ACID
Database Migration|schema migrations|data migration|data migrations
ODBC
JDBC drivers
Flyway
Liquibase

# data
Apache Spark|Spark|PySpark|Spark SQL|Spark Streaming|~Spark
Apache Hadoop|Hadoop|HDFS|MapReduce|YARN
Apache Hive|Hive|HiveQL|~Hive
Apache Pig|~Pig
Apache Kafka|Kafka|Kafka Streams|Kafka Connect|Confluent|Confluent Kafka
Apache Flink|Flink
Apache Storm|~Storm
Apache Beam|~Beam
Apache NiFi|NiFi
Apache Airflow|Airflow|~Airflow
Apache Oozie|Oozie
Apache Sqoop|Sqoop
Apache Impala|Impala
Presto|PrestoDB
Trino
Apache Drill
Apache Iceberg|Iceberg
Apache Hudi|Hudi
Delta Lake
Apache Arrow
Apache Pulsar|Pulsar
RabbitMQ|Rabbit MQ
Java Message Service|=JMS
ActiveMQ|Apache ActiveMQ|Artemis
ZeroMQ|ZMQ
NATS
IBM MQ|WebSphere MQ|MQSeries
TIBCO|TIBCO EMS
MuleSoft|Mule ESB|Anypoint
Apache Kafka Streams
Dagster
Prefect
Luigi
dbt|data build tool|dbt Core|dbt Cloud
Fivetran
Airbyte
Stitch Data
Talend
Informatica|Informatica PowerCenter|IICS
SSIS|SQL Server Integration Services
SSRS|SQL Server Reporting Services
SSAS|SQL Server Analysis Services
Pentaho
Alteryx
KNIME
Matillion
Snowflake|Snowflake Data Cloud|~Snowflake
Databricks|Databricks Lakehouse|Unity Catalog
Cloudera|Cloudera CDH|Hortonworks|HDP
Dremio
Starburst
Data Engineering|data engineer
ETL|ELT|ETL pipelines|ETL/ELT|extract transform load|data pipelines|data pipeline
Data Warehousing|data warehouse|data warehouses|DWH|EDW|enterprise data warehouse
Data Lake|data lakes|lakehouse|data lakehouse
Data Mesh
Data Governance|data stewardship|data catalog|data cataloging|data lineage
Data Quality|data validation|data cleansing|data cleaning
Master Data Management|MDM
Data Integration
Data Architecture|data architect
Big Data|big-data|large-scale data
Stream Processing|streaming data|real-time data|event streaming|data streaming
Batch Processing
Data Analysis|data analytics|analytics|analysing data|analyzing data|data analyst|data-driven
Data Science|data scientist
Data Visualization|data visualisation|dataviz|visualizations|dashboards|dashboarding|dashboard
Business Intelligence|=BI|BI tools|business intelligence tools
Reporting|report writing
Tableau|Tableau Desktop|Tableau Server
Power BI|PowerBI|Microsoft Power BI|DAX|Power Query
Qlik|QlikView|Qlik Sense
Domo
Sisense
MicroStrategy
SAP BusinessObjects|Business Objects|BusinessObjects
Cognos|IBM Cognos
Metabase
Apache Superset|Superset
Redash
Mode Analytics
ThoughtSpot
Google Analytics|GA4|Universal Analytics
Google Tag Manager|GTM
Adobe Analytics|Omniture
Mixpanel
Amplitude|Amplitude Analytics
Segment|Twilio Segment|~Segment
Heap Analytics
Hotjar
Optimizely
A/B Testing|AB testing|A/B tests|split testing|experimentation
Statistics|statistical analysis|statistical modeling|statistical modelling|applied statistics|statistical methods
Probability
Hypothesis Testing|statistical testing|significance testing
Regression Analysis|regression|linear regression|logistic regression
Time Series Analysis|time series|forecasting|time-series forecasting
Bayesian Statistics|Bayesian inference|Bayesian methods
Econometrics
Operations Research|mathematical optimization|linear programming
Quantitative Analysis|quantitative research|quant
Excel Modeling|financial modeling|financial modelling
Predictive Modeling|predictive analytics|predictive modelling
Causal Inference
Survey Design
Web Scraping|scraping|web crawling|crawlers
Pandas|~pandas
NumPy|Numpy
SciPy
Polars
Dask
Ray|Ray framework
Matplotlib
Seaborn
Plotly
Bokeh
ggplot2|ggplot
tidyverse|dplyr|tidyr
Shiny|R Shiny
Jupyter|Jupyter Notebook|Jupyter notebooks|JupyterLab|IPython
Google Colab|Colab
Anaconda|Conda
scikit-learn|sklearn|scikit learn|SciKit-Learn
XGBoost
LightGBM
CatBoost
statsmodels
TensorFlow|Tensorflow|TF2|TensorFlow Lite|TFLite
Keras
PyTorch|Pytorch|Torch
PyTorch Lightning
JAX
MXNet|Apache MXNet
Caffe
Theano
ONNX|ONNX Runtime
TensorRT
OpenVINO
Hugging Face|HuggingFace|Hugging Face Transformers|Transformers library
LangChain
LlamaIndex
OpenAI API|OpenAI|GPT-4|GPT-3|ChatGPT|GPT
Anthropic Claude|Claude
Llama|Llama 2|Llama 3
vLLM
llama.cpp
spaCy|Spacy
NLTK
Gensim
OpenCV|Open CV
Pillow|PIL
YOLO
Detectron2
MLflow
Kubeflow
Weights & Biases|wandb|W&B
DVC|Data Version Control
Feast feature store|feature store|feature stores
Label Studio
Airflow DAGs
Artificial Intelligence|=AI|A.I.|artificial intelligence (AI)
Machine Learning|=ML|machine-learning|ML models|machine learning models|machine learning algorithms
Deep Learning|DL|deep neural networks|DNN
Neural Networks|neural network|ANN
Natural Language Processing|NLP|natural language understanding|NLU|text mining|text analytics
Computer Vision|CV algorithms|image processing|image recognition|object detection|image classification
Large Language Models|LLM|LLMs|large language model|foundation models
Generative AI|GenAI|Gen AI|generative models
Prompt Engineering|prompting
Retrieval-Augmented Generation|RAG
Embeddings|vector embeddings|word embeddings
Transformers|transformer models|attention mechanisms|BERT|RoBERTa|T5
Fine-tuning|fine tuning|LoRA|PEFT
Reinforcement Learning|RL|RLHF
Supervised Learning
Unsupervised Learning|clustering|k-means
Recommender Systems|recommendation systems|recommendation engines|recommender system|collaborative filtering
Speech Recognition|ASR|speech-to-text|speech processing
Text-to-Speech|TTS
Information Retrieval|search relevance
Anomaly Detection|fraud detection
Feature Engineering
Model Deployment|model serving|ML deployment|model inference
Data Mining
Sentiment Analysis
Knowledge Graphs|knowledge graph
Robotics|ROS|Robot Operating System
Autonomous Vehicles|self-driving
Signal Processing|DSP|digital signal processing
Edge Computing|edge AI
`;
