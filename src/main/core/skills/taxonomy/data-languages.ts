/** Programming, query, markup and scripting languages. Format: see README.md beside this file. */
export const DATA_LANGUAGES = `
# language
JavaScript|=JS|ECMAScript|ES6|ES2015|Vanilla JS
TypeScript|=TS
Python|Python3|Python 3|Python 2|py3
Java|Java 8|Java 11|Java 17|Java 21|J2SE|Core Java
~C|ANSI C|C99|C11|C language|C programming
C++|CPP|C plus plus|C++11|C++14|C++17|C++20|Modern C++|Cplusplus
C#|CSharp|C sharp|C #|Visual C#
~Go|Golang|Go lang
~R|R language|R programming|RStudio|R Studio
~Rust|Rust lang|Rustlang
Kotlin
~Swift|Swift 5|SwiftUI language
Objective-C|ObjC|Obj-C|Objective C
Ruby|Ruby 3
PHP|PHP7|PHP 7|PHP8|PHP 8
Perl|Perl5|Perl 5
Scala|Scala 2|Scala 3
Haskell
Erlang
Elixir
Clojure|ClojureScript
F#|FSharp|F sharp
OCaml
Lua
~Dart
~Julia|Julia lang
MATLAB|Matlab/Simulink
Fortran
COBOL
~Ada
Pascal|Object Pascal|Delphi
Visual Basic|VB|VB.NET|VBA|Visual Basic for Applications|VBScript
~Assembly|Assembler|x86 Assembly|ARM Assembly|ASM
Bash|Bash scripting|Shell scripting|shell script|shell scripts|sh
PowerShell|Powershell scripting|PS1
Zsh
~Groovy
Solidity
Vyper
Crystal lang
~Nim
Zig
~D language|Dlang
~Elm
PureScript
ReasonML|ReScript
CoffeeScript
Prolog
Lisp|Common Lisp
~Scheme|Racket
Smalltalk
~Apex
ABAP
RPG IV|RPGLE
SAS|SAS programming
SPSS syntax
Stata
Verilog|SystemVerilog
VHDL
Tcl
AWK
~sed
Hack lang
Haxe
~Mojo
Carbon language
WebAssembly|WASM
GLSL
HLSL
CUDA|CUDA C
OpenCL
LabVIEW
Ladder logic|PLC programming
~Scratch
Q#
GraphQL|GQL
SQL|Structured Query Language|ANSI SQL|SQL queries|SQL query
T-SQL|TSQL|Transact-SQL
PL/SQL|PLSQL
PL/pgSQL
HTML|HTML5|HTML 5|XHTML
CSS|CSS3|CSS 3
Sass|SCSS
~Less|LESS CSS
~Stylus
XML
XSLT|XPath|XQuery
JSON|JSON schema
YAML|YML
TOML
Markdown
LaTeX|TeX
Regex|Regular expressions|Regexp|regular expression
HCL|HashiCorp Configuration Language
Jinja|Jinja2
Handlebars
Mustache templates
Pug|Jade templates
Twig
Razor|Razor pages
JSX|TSX
Protocol Buffers|Protobuf|protobufs|gRPC protobuf
Thrift|Apache Thrift
Avro|Apache Avro
Parquet|Apache Parquet
ORC file format
Cypher|Cypher query language
SPARQL
Gremlin
Datalog
Starlark
~Nix
Terraform language
Makefile|Makefiles|GNU Make
CMake
Gradle Kotlin DSL
ActionScript
ColdFusion
Clarion
`;
