/** More libraries, packages and developer tools (npm, PyPI, Maven, NuGet, crates). README.md. */
export const DATA_LIBRARIES = `
# framework
Express Validator
Passport.js|PassportJS
Nodemailer
Winston logger
Pino logger
Morgan middleware
Helmet.js
Joi validation
Ajv|JSON Schema validation
Class Validator
Handsontable
AG Grid|ag-Grid
TanStack Table|React Table
React Virtual|react-window|react-virtualized
Framer Motion
GSAP|GreenSock
Anime.js
Lottie
PixiJS|Pixi.js
Babylon.js
A-Frame
Recharts
Victory charts
Nivo charts
Visx
Vega|Vega-Lite
Cytoscape.js
Sigma.js
Fabric.js
Konva
Paper.js
p5.js
Tone.js
Howler.js
Video.js
HLS.js
Quill editor
TinyMCE
CKEditor
Slate.js
ProseMirror
Tiptap
Draft.js
Monaco Editor
CodeMirror
Ace editor
Prism.js|highlight.js
Marked|markdown-it
DOMPurify
Cheerio
JSDOM
PDF.js|pdfjs
pdfmake|jsPDF
SheetJS|xlsx library
PapaParse
i18next|react-i18next
FormatJS|react-intl
Luxon
Day.js
Numeral.js
big.js|decimal.js
UUID library
Faker.js|faker
MSW|Mock Service Worker
Nock
Sinon|Sinon.js
Supertest
Nightwatch.js
Protractor
Karate framework
Gauge testing
Serenity BDD
Allure reports|Allure
Percy visual testing
Chromatic
BrowserStack
Sauce Labs
LambdaTest
Firebase Test Lab
Lighthouse
WebPageTest
Husky git hooks|Husky
lint-staged
Commitlint|Conventional Commits
Semantic Release
Changesets
Verdaccio
Yeoman
Plop
Nodemon
ts-node|tsx runner
Jest snapshot testing
Vue Router
Vuetify
Quasar Framework
PrimeVue|PrimeNG|PrimeReact
Element UI|Element Plus
Angular Material
NG Bootstrap
Ionic React
Expo|Expo SDK
React Navigation
Reanimated
NativeBase
Tamagui
Fastlane
CocoaPods
Carthage
Swift Package Manager|SPM
Alamofire
Realm Swift
Firebase Crashlytics|Crashlytics
Retrofit
OkHttp
Dagger|Dagger Hilt|Hilt
Koin
Room database|Android Room
Glide|Picasso image library
Coroutines|Kotlin Coroutines|Kotlin Flow
Android Jetpack|Jetpack
MVVM|Model-View-ViewModel
MVC|Model-View-Controller
MVP pattern|Model-View-Presenter
VIPER architecture
Redux Saga|redux-saga
Redux Thunk
Requests library|python-requests
HTTPX
BeautifulSoup|Beautiful Soup|BS4
Scrapy
Selenium Python
lxml
Pandas DataFrame
PyArrow
Numba
Cython
PyPy
Poetry|Python Poetry
pipenv
virtualenv|venv
setuptools
tox
Hypothesis testing library
Faust streaming
Kombu
RQ Redis Queue
APScheduler
Click CLI|Typer
Rich library
Loguru
Marshmallow
Django ORM
Django Channels
Wagtail
Django CMS
Jinja templating
Uvicorn
Starlette
Sanic
Falcon framework
Bottle framework
CherryPy
Pyodide
PySide|PyQt|PyQt5|PySide6
Tkinter
Kivy
Pygame
OpenAI Gym|Gymnasium
Stable Baselines
Optuna
Hyperopt
SHAP
LIME explainability
Transformers.js
sentence-transformers|Sentence Transformers
FAISS
Annoy library
Elasticsearch DSL
Haystack NLP
Rasa
Dialogflow
Amazon Alexa Skills|Alexa Skills Kit
Microsoft Bot Framework
Whisper ASR
Stable Diffusion
DALL-E
Midjourney
Ollama
LM Studio
GGUF|GGML
Gemini API|Google Gemini
Mistral AI
Cohere
CrewAI
AutoGen
Semantic Kernel
Pinecone vector database
Guava
Apache Commons
Jackson JSON|Jackson
Gson
Apache POI
Apache Lucene Java
Quartz Scheduler
Ehcache
Caffeine cache
Hazelcast
Apache Ignite
Infinispan
Resilience4j
Hystrix
Feign|OpenFeign
Eureka|Netflix Eureka
Zuul
Spring WebFlux|WebFlux
Project Reactor|Reactor Core
MapStruct
Thymeleaf
FreeMarker
Velocity templates
Apache Wicket
Vaadin
GWT|Google Web Toolkit
JHipster
Apache Kafka Java client
Apache Camel K
Apache Axis
Apache CXF
Keycloak
Okta
Auth0
Ping Identity|PingFederate
ForgeRock
Azure AD B2C
AWS Cognito User Pools
Spring Authorization Server
Polly .NET
AutoMapper
MediatR
Dapper
Serilog
NLog
Hangfire
MassTransit
NServiceBus
IdentityServer|Duende IdentityServer
Swashbuckle
FluentValidation
Blazor WebAssembly
Avalonia UI
Uno Platform
Orleans
Akka.NET
ML.NET
Tokio runtime
Serde
Diesel ORM
Rocket.rs
Warp framework
Cobra CLI
Viper config
Echo Go
Chi router
sqlx
GORM Go
Testify
Ginkgo
Phoenix LiveView|LiveView
Ecto
Plug Elixir
Hotwire|Turbo|Stimulus
Sorbet
Hanami
Grape API
Devise
ActiveRecord|Active Record
Capistrano
Puma server
Unicorn server
Passenger
Composer PHP|Composer
PHPUnit
PHPStan|Psalm
Doctrine ORM|Doctrine
Eloquent ORM
Livewire
Inertia.js
Blade templates
Smarty
Guzzle
Slim Framework
Phalcon
Swoole
October CMS
Craft CMS
Umbraco
Sitecore
Kentico
Episerver|Optimizely CMS
Liferay
Alfresco
Documentum
OpenText
Adobe Experience Platform
Salesforce Apex
Salesforce Flow
MuleSoft Anypoint Platform
Boomi|Dell Boomi
Workato
Zapier
Make.com|Integromat
n8n
UiPath
Automation Anywhere
Blue Prism
Robotic Process Automation|RPA
Power Automate Desktop
Camunda
Activiti
Pega|Pegasystems
Appian
OutSystems
Mendix
Retool
Bubble.io
Low-Code|low code|no-code|no code
Temporal workflow|Temporal.io
Cadence workflow
`;
