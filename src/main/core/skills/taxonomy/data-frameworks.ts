/** Frameworks, libraries and runtimes. Format: see README.md beside this file. */
export const DATA_FRAMEWORKS = `
# framework
React|React.js|ReactJS|React JS|React 18|React 19|React hooks
React Native|ReactNative|RN
Next.js|NextJS|Next JS
Remix|Remix.run
Gatsby|GatsbyJS
Redux|Redux Toolkit|RTK
MobX
Zustand
Recoil
Vue.js|Vue|VueJS|Vue 3|Vue 2
Nuxt.js|Nuxt|NuxtJS
Vuex|Pinia
Angular|Angular 2+|Angular 17|Angular2
AngularJS|Angular.js|Angular 1
RxJS|ReactiveX
NgRx
Svelte|SvelteKit
SolidJS|Solid.js
Qwik
Astro|Astro framework
Ember.js|EmberJS|~Ember
Backbone.js|BackboneJS|~Backbone
jQuery|JQuery UI
Alpine.js|AlpineJS
htmx
Lit|Lit elements|Web Components|Custom Elements
Preact
Stencil.js
Three.js|ThreeJS
D3.js|D3|D3js
Chart.js|ChartJS
Highcharts
ECharts|Apache ECharts
Leaflet|Leaflet.js
Mapbox|Mapbox GL
OpenLayers
Bootstrap|Twitter Bootstrap
Tailwind CSS|Tailwind|TailwindCSS
Material UI|MUI|Material-UI|Material Design
Chakra UI
Ant Design|AntD
Radix UI
shadcn/ui|shadcn
Styled Components|styled-components
Emotion CSS
CSS Modules
Foundation CSS
Bulma
Semantic UI
Storybook
Webpack
Vite|ViteJS
Rollup|Rollup.js
esbuild
Parcel bundler
Babel|BabelJS
SWC
Turbopack
Gulp|Gulp.js
Grunt|Grunt.js
Lerna
Nx monorepo|Nx
Turborepo
npm|NPM
Yarn
pnpm
Bower
Node.js|NodeJS|Node JS|~Node
Deno
Bun|Bun runtime
Express.js|ExpressJS|~Express
NestJS|Nest.js
Koa|Koa.js
Fastify
Hapi.js|Hapi
Socket.IO|SocketIO
Meteor.js|~Meteor
Sails.js
LoopBack
AdonisJS
Electron|Electron.js|ElectronJS
Tauri
Ionic|Ionic Framework
Cordova|Apache Cordova|PhoneGap
Capacitor.js|Capacitor
Flutter
Xamarin|Xamarin Forms
.NET MAUI|MAUI
Kotlin Multiplatform|KMP|KMM
Jetpack Compose
SwiftUI
UIKit
Cocoa|Cocoa Touch
Core Data
Combine framework
RxSwift
RxJava
Android SDK|Android development|Android Studio
iOS SDK|iOS development
Django|Django REST Framework|DRF
Flask|Flask-RESTful
FastAPI
Pyramid framework
Tornado
aiohttp
Celery
Pydantic
SQLAlchemy
Alembic
Streamlit
Gradio
Dash|Plotly Dash
Ruby on Rails|Rails|RoR|Ruby-on-Rails
Sinatra
Sidekiq
RSpec
Laravel
Symfony
CodeIgniter
Zend Framework|Laminas
CakePHP
Yii|Yii2
Drupal
WordPress|WP
Joomla
Magento|Adobe Commerce
Shopify|Shopify Liquid|Liquid templates
WooCommerce
PrestaShop
Spring|Spring Framework|Spring MVC|~Spring
Spring Boot|SpringBoot
Spring Cloud
Spring Security
Spring Data|Spring Data JPA
Spring Batch
Hibernate|Hibernate ORM
JPA|Java Persistence API
Jakarta EE|Java EE|J2EE|JEE
Servlets|JSP|Java Servlets
JSF|JavaServer Faces
Struts|Apache Struts
Quarkus
Micronaut
Vert.x
Dropwizard
Play Framework|Play framework
Akka
Netty
Jersey|JAX-RS
JAX-WS
JDBC
JUnit|JUnit 5|JUnit5
TestNG
Mockito
Lombok
Maven|Apache Maven
Gradle
~Ant|Apache Ant
Log4j|SLF4J|Logback
JavaFX
Swing|Java Swing
ASP.NET|ASP .NET|ASPNET
ASP.NET Core|ASP.NET MVC|ASP.NET Web API|ASP.NET WebForms
.NET|dotnet|dot net|.NET Framework|.NET Core|.NET 6|.NET 8|DotNet Core
Entity Framework|EF Core|Entity Framework Core
Blazor
WPF|Windows Presentation Foundation
WinForms|Windows Forms
WCF|Windows Communication Foundation
LINQ
Json.NET|Newtonsoft.Json|Newtonsoft
Xamarin.Android
NUnit
xUnit|xUnit.net
MSTest
Moq
SignalR
NuGet
Unity|Unity3D|Unity 3D|~Unity
Unreal Engine|UE4|UE5|Unreal
Godot
CryEngine
GameMaker
Phaser.js|Phaser
Qt|=QT|Qt Framework|QML
GTK|GTK+
wxWidgets
Boost|Boost C++|Boost libraries
STL|Standard Template Library
OpenGL
Vulkan
DirectX|Direct3D
Metal API
OpenMP
MPI|Open MPI
POSIX|pthreads
gRPC
Apache Camel
Gin|Gin Gonic
Echo framework
Fiber framework
Gorilla Mux
Actix|Actix Web
Tokio
Rocket framework
Axum
Phoenix|Phoenix Framework
OTP|Erlang/OTP
Ktor
Vapor
Gorm
Prisma|Prisma ORM
TypeORM
Sequelize
Mongoose
Knex.js
Drizzle ORM
Objection.js
Apollo|Apollo GraphQL|Apollo Client|Apollo Server
Relay|Relay Modern
Hasura
tRPC
Zod
Yup validation
Formik
React Hook Form
React Router
React Query|TanStack Query
SWR
Axios
Lodash|Underscore.js
Moment.js
date-fns
Immer
Ramda
Jest
Mocha|Mocha.js
Chai|Chai.js
Jasmine
Karma|Karma test runner
Vitest
Cypress|Cypress.io
Playwright
Puppeteer
Selenium|Selenium WebDriver|WebDriver
WebdriverIO
Appium
Espresso|Espresso testing
XCTest|XCUITest
Detox
TestCafe
Testing Library|React Testing Library|RTL
Enzyme
Pytest|py.test
unittest
Robot Framework
Cucumber|Gherkin
SpecFlow
Behave
Capybara
JMeter|Apache JMeter
Gatling
Locust
k6
Postman
SoapUI
Insomnia
Pact|Pact contract testing
WireMock
Testcontainers
SonarQube|SonarCloud|Sonar
ESLint
Prettier
Stylelint
Pylint|Flake8
Black formatter
mypy
Ruff
RuboCop
Checkstyle
PMD
SpotBugs|FindBugs
Coverity
Veracode
Checkmarx
Snyk
Dependabot
Renovate
OWASP ZAP|ZAP
Burp Suite
Nmap
Metasploit
Wireshark
Kali Linux
Hashcat
John the Ripper
`;
